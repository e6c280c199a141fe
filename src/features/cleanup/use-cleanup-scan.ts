import { useQueryClient } from '@tanstack/react-query'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { alertQueries } from '@/api/alerts'
import { insightCapabilityQueries } from '@/api/insight-capabilities'
import { fetchCleanupPage, fetchIdsNotOnDashboard, type CleanupInsight, type CleanupPage } from '@/api/insight-cleanup'
import { findDuplicateSets } from '@/lib/duplicate-sets'
import { parseDatesAhead, toDuplicateSets, type DuplicateSet } from './cleanup-rules'

/**
 * Insights per page of the scan (PostHog answers up to 1,000). Fewer, bigger pages cost the server least; a page is read
 * in a worker, but what it sends back is copied into the page in one task, which stays short at 500.
 */
const SCAN_PAGE_SIZE = 500
/** Pages in flight at once. */
const SCAN_CONCURRENCY = 2

type ScanStatus = 'reading' | 'comparing' | 'done' | 'stopped' | 'failed'

export interface CleanupScan {
  status: ScanStatus
  /** Insights read so far, and how many the server said there are (null before its first answer). */
  loaded: number
  total: number | null
  insights: readonly CleanupInsight[]
  duplicateSets: readonly DuplicateSet[]
  alertIds: ReadonlySet<number>
  /** Why alerts could not be read, if they could not: insights then show no "has alerts" sign. */
  alertsError: unknown
  /** The server's `not_on_dashboard` answer where the instance has the filter; null when computed here. */
  notOnDashboardIds: ReadonlySet<number> | null
  error: unknown
  /** When the scan finished or stopped, for "viewed N days ago". */
  finishedAt: number | null
  /** Which project and run the state belongs to; a state of an earlier run is never shown. */
  key: string
}

const initialScan: Omit<CleanupScan, 'key'> = {
  status: 'reading',
  loaded: 0,
  total: null,
  insights: [],
  duplicateSets: [],
  alertIds: new Set(),
  alertsError: null,
  notOnDashboardIds: null,
  error: null,
  finishedAt: null,
}

/**
 * Reads every insight of the project (the full list: `is_sample` is only there) in pages, a few at a time, with the
 * facts that are not on the insight (alerts; the server's `not_on_dashboard` where the probe finds it), then compares
 * the queries for duplicates without blocking input. `stop()` keeps what was read; `restart()` reads again.
 */
export function useCleanupScan(projectId: string): CleanupScan & { stop: () => void; restart: () => void } {
  const queryClient = useQueryClient()
  const [run, setRun] = useState(0)
  const key = `${projectId}:${run}`
  const [scan, setScan] = useState<CleanupScan>({ ...initialScan, key })
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    const abort = new AbortController()
    controller.current = abort
    const { signal } = abort
    let state: CleanupScan = { ...initialScan, key }
    const update = (patch: Partial<CleanupScan>) => {
      state = { ...state, ...patch }
      setScan(state)
    }

    // Through the query client, so pages get the app's retries for transient failures.
    const page = (offset: number) =>
      queryClient.fetchQuery({
        queryKey: ['insights', projectId, 'cleanup-scan', run, offset],
        queryFn: ({ signal: querySignal }) =>
          fetchCleanupPage(projectId, offset, SCAN_PAGE_SIZE, AbortSignal.any([signal, querySignal])),
        gcTime: 0,
      })

    const alerts = queryClient.fetchQuery(alertQueries.insightIds(projectId)).then(
      (ids) => update({ alertIds: new Set(ids) }),
      (error: unknown) => update({ alertsError: error }),
    )
    const serverNoDashboard = queryClient
      .fetchQuery(insightCapabilityQueries.notOnDashboard(projectId))
      .then((supported) => (supported ? fetchIdsNotOnDashboard(projectId, signal) : null))
      // Without the filter's answer, the group is computed from each insight's dashboards: same result, more work here.
      .catch(() => null)
      .then((ids) => {
        if (ids) update({ notOnDashboardIds: new Set(ids) })
      })

    const read: CleanupInsight[] = []
    const accept = (answer: CleanupPage) => {
      read.push(...answer.results)
      update({ loaded: read.length, total: answer.count })
    }

    async function readAll() {
      const first = await page(0)
      accept(first)
      const offsets: number[] = []
      for (let offset = SCAN_PAGE_SIZE; offset < first.count; offset += SCAN_PAGE_SIZE) offsets.push(offset)
      const worker = async () => {
        for (let offset = offsets.shift(); offset !== undefined; offset = offsets.shift()) {
          signal.throwIfAborted()
          accept(await page(offset))
        }
      }
      await Promise.all(Array.from({ length: SCAN_CONCURRENCY }, worker))
    }

    async function compare(status: 'done' | 'stopped') {
      update({ status: 'comparing' })
      const unique = [...new Map(read.map((insight) => [insight.id, insight])).values()]
      const sets = findDuplicateSets(unique)
      await parseDatesAhead(unique)
      await Promise.all([alerts, serverNoDashboard])
      if (controller.current !== abort) return
      const duplicateSets = toDuplicateSets(sets)
      // The groups of thousands of insights render as a transition, which React can interrupt for input.
      startTransition(() => update({ status, insights: unique, duplicateSets, finishedAt: Date.now() }))
    }

    readAll().then(
      () => compare('done'),
      (error: unknown) => {
        if (controller.current !== abort) return
        if (signal.aborted) return compare('stopped')
        update({ status: 'failed', error, finishedAt: Date.now() })
      },
    )
    return () => {
      controller.current = null
      abort.abort()
    }
  }, [key, projectId, queryClient, run])

  const stop = useCallback(() => {
    const current = controller.current
    if (!current) return
    // The scan stops reading; what was read is still compared and shown.
    current.abort()
  }, [])
  const restart = useCallback(() => setRun((value) => value + 1), [])
  return { ...(scan.key === key ? scan : { ...initialScan, key }), stop, restart }
}
