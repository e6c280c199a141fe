import { useQueryClient } from '@tanstack/react-query'
import { useRouter, type AnyRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { describeError } from '@/api/error-message'
import {
  fetchInsightListCsv,
  insightQueries,
  restoreInsightPatch,
  useUpdateInsight,
  type InsightListFilters,
} from '@/api/insights'
import type { InsightBasic, InsightUpdate } from '@/api/schemas/insight'
import { notify } from '@/components/notify'
import { downloadTextFile } from '@/lib/download-file'
import { selectionCsv } from './selection-csv'
import { useNoteWriteFailure } from '@/api/write-access'

/** The detail page's layout route and its Overview tab, whose code a row's prefetch loads. */
const DETAIL_ROUTE_IDS = ['/project/$projectId/insights/$shortId', '/project/$projectId/insights/$shortId/'] as const

const plural = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

type DeletedInsight = Pick<InsightBasic, 'id' | 'dashboards'>

/** The list's actions on one or many insights, each reporting its outcome in a toast. */
export function useInsightActions(projectId: string) {
  const queryClient = useQueryClient()
  const router = useRouter()
  const { mutate, mutateAsync } = useUpdateInsight(projectId)
  const noteFailure = useNoteWriteFailure('insight')

  const fail = useCallback(
    (what: string, error: unknown) => {
      noteFailure(error)
      notify('error', `${what}: ${describeError(error).message}`)
    },
    [noteFailure],
  )

  /** PATCHes each insight; resolves with those that succeeded, after reporting the first failure. */
  const patchEach = useCallback(
    async <T extends { id: number }>(insights: readonly T[], patchOf: (insight: T) => InsightUpdate, what: string) => {
      const results = await Promise.allSettled(
        insights.map((insight) => mutateAsync({ id: insight.id, patch: patchOf(insight) })),
      )
      const failure = results.find((result) => result.status === 'rejected')
      if (failure) fail(what, failure.reason)
      return insights.filter((_, index) => results[index]?.status === 'fulfilled')
    },
    [mutateAsync, fail],
  )

  const toggleFavorite = useCallback(
    (insight: InsightBasic) => {
      mutate(
        { id: insight.id, patch: { favorited: !insight.favorited } },
        { onError: (error) => fail('Could not change the favorite', error) },
      )
    },
    [mutate, fail],
  )

  const setFavorite = useCallback(
    async (ids: readonly number[], favorited: boolean) => {
      const done = (
        await patchEach(
          ids.map((id) => ({ id })),
          () => ({ favorited }),
          favorited ? 'Could not favorite' : 'Could not unfavorite',
        )
      ).length
      if (done) notify('success', `${favorited ? 'Favorited' : 'Unfavorited'} ${plural(done)}`)
    },
    [patchEach],
  )

  /** Undoes soft deletes, putting each insight back on the dashboards it was on (PostHog's delete took it off them). */
  const restore = useCallback(
    async (insights: readonly DeletedInsight[]) => {
      const done = (await patchEach(insights, ({ dashboards }) => restoreInsightPatch(dashboards), 'Could not restore')).length
      if (done) notify('success', `Restored ${plural(done)}`)
    },
    [patchEach],
  )

  /** PostHog's soft delete; the toast offers Undo, which restores the same insights. Resolves with the deleted ids. */
  const softDelete = useCallback(
    async (insights: readonly DeletedInsight[]) => {
      const deleted = await patchEach(insights, () => ({ deleted: true }), 'Could not delete')
      if (deleted.length)
        notify('success', `Deleted ${plural(deleted.length)}`, {
          duration: 10_000,
          action: { label: 'Undo', onClick: () => void restore(deleted) },
        })
      return deleted.map(({ id }) => id)
    },
    [patchEach, restore],
  )

  const exportSelection = useCallback((rows: readonly InsightBasic[]) => {
    downloadTextFile('insights-selection.csv', selectionCsv(rows))
    notify('success', `Exported ${plural(rows.length)}`)
  }, [])

  const exportFiltered = useCallback(
    async (filters: InsightListFilters) => {
      try {
        downloadTextFile('insights.csv', await fetchInsightListCsv(projectId, filters))
      } catch (error) {
        notify('error', `Could not download the CSV: ${describeError(error).message}`)
      }
    },
    [projectId],
  )

  /**
   * Warms the detail page while the pointer or focus rests on a row, so opening it is instant: its data (in React
   * Query's bounded cache) and its routes' code (rows link with plain anchors, which the router does not preload).
   */
  const prefetchDetail = useCallback(
    (insight: InsightBasic) => {
      void queryClient.prefetchQuery(insightQueries.detail(projectId, insight.short_id))
      for (const id of DETAIL_ROUTE_IDS) {
        const route = router.routesById[id] as AnyRoute | undefined
        if (route) router.loadRouteChunk(route)?.catch(() => undefined)
      }
    },
    [queryClient, router, projectId],
  )

  return { toggleFavorite, setFavorite, softDelete, restore, exportSelection, exportFiltered, prefetchDetail, fail }
}
