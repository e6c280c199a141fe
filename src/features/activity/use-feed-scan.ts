import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { activityQueries } from '@/api/activity'
import { hasFilters, matchesFilters, uniqueEntries } from './activity-feed'
import type { ActivityFeedSearch } from './activity-search'
import {
  FEED_SCAN_MATCH_TARGET,
  FEED_SCAN_PAGE_SIZE,
  feedScanPhase,
  nextScanTarget,
  shownMatchCount,
  shouldFetchNextPage,
  type FeedScanState,
} from './feed-scan'

interface ScanControl {
  /** The filters the control belongs to: new filters start a new search. */
  filterKey: string
  wanted: number
  stopped: boolean
}

/**
 * The filtered feed: reads the project's history in pages of 100 (its own cache entry, beside the 20-entry pages of the
 * unfiltered feed) until `feed-scan.ts` says to pause. Idle while no filter is set.
 */
export function useFeedScan(projectId: string, search: ActivityFeedSearch, knownTotal: number) {
  const enabled = hasFilters(search)
  const query = useInfiniteQuery({ ...activityQueries.projectInsightsFeed(projectId, FEED_SCAN_PAGE_SIZE), enabled })
  const filterKey = JSON.stringify([search.user ?? null, search.activity ?? null])
  const fresh: ScanControl = { filterKey, wanted: FEED_SCAN_MATCH_TARGET, stopped: false }
  const [stored, setControl] = useState<ScanControl>(fresh)
  const control = stored.filterKey === filterKey ? stored : fresh

  const entries = uniqueEntries(query.data?.pages ?? [])
  const matches = entries.filter((entry) => matchesFilters(entry, search))
  const state: FeedScanState = {
    matches: matches.length,
    scanned: entries.length,
    total: query.data?.pages.at(-1)?.total_count ?? knownTotal,
    wanted: control.wanted,
    hasMore: query.data === undefined || query.hasNextPage,
    fetching: query.isFetching,
    failed: query.isError,
    stopped: control.stopped,
  }
  const fetchNext = enabled && query.data !== undefined && shouldFetchNextPage(state)
  const { fetchNextPage } = query
  const pagesRead = query.data?.pages.length ?? 0

  useEffect(() => {
    if (fetchNext) void fetchNextPage()
  }, [fetchNext, fetchNextPage, pagesRead])

  return {
    entries,
    /** The matches on screen: the first `wanted` of those found. */
    matches: matches.slice(0, shownMatchCount(state)),
    state,
    phase: feedScanPhase(state),
    error: query.error,
    stop: () => setControl({ ...control, stopped: true }),
    findMore: () => setControl({ filterKey, wanted: nextScanTarget(state), stopped: false }),
    retry: () => void (query.data ? query.fetchNextPage() : query.refetch()),
  }
}
