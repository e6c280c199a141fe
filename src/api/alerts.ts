import { queryOptions, useQuery } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { browserIdle } from '@/lib/browser-idle'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import { alertInsightIdsPageSchema, alertListSchema, type AlertList } from './schemas/alert'

export interface AlertListParams {
  limit?: number
  offset?: number
  /** Only the alerts of this insight (numeric id), as `AlertViewSet` filters them. */
  insight?: number
}

/** One page of `GET …/alerts/`, read with `schema`: whole alerts, or only what a caller needs of them. */
function fetchAlertPage<Schema extends z.ZodMiniType>(
  schema: Schema,
  projectId: string,
  params: AlertListParams,
  signal?: AbortSignal,
): Promise<z.output<Schema>> {
  return apiJson(schema, {
    path: projectScoped(projectId, 'alerts/'),
    query: { limit: params.limit, offset: params.offset, insight: params.insight },
    signal,
  })
}

/** `GET …/alerts/`: the project's alerts, each with the insight it watches and its threshold. */
export function fetchAlerts(projectId: string, params: AlertListParams = {}, signal?: AbortSignal): Promise<AlertList> {
  return fetchAlertPage(alertListSchema, projectId, params, signal)
}

/** Alerts per request while collecting them all. */
const ALERT_PAGE_SIZE = 500

/**
 * The ids of every insight that has an alert. PostHog's insight list cannot filter or annotate by alerts, so the list
 * page asks the alerts endpoint once instead of once per row. Each alert nests its whole insight, so a project with
 * thousands of alerts answers with megabytes: the pages are read one per idle moment, never in a burst that would hold
 * up the user's typing or the rows (the bells are a hint and can come a moment later).
 */
export async function fetchInsightIdsWithAlerts(
  projectId: string,
  signal?: AbortSignal,
  pageSize = ALERT_PAGE_SIZE,
): Promise<number[]> {
  const ids = new Set<number>()
  for (let offset = 0; ; offset += pageSize) {
    await browserIdle()
    const page = await fetchAlertPage(alertInsightIdsPageSchema, projectId, { limit: pageSize, offset }, signal)
    for (const alert of page.results) ids.add(alert.insight.id)
    if (!page.next || page.results.length === 0) return [...ids]
  }
}

export const alertKeys = {
  all: ['alerts'] as const,
  insightIds: (projectId: string) => [...alertKeys.all, projectId, 'insight-ids'] as const,
}

export const alertQueries = {
  insightIds: (projectId: string) =>
    queryOptions({
      queryKey: alertKeys.insightIds(projectId),
      queryFn: ({ signal }) => fetchInsightIdsWithAlerts(projectId, signal),
      // Alerts are created in PostHog, not here; a minute's staleness costs nothing and saves a request per list visit.
      staleTime: 60_000,
    }),
}

const toSet = (ids: number[]) => new Set(ids)
const NO_ALERTS: ReadonlySet<number> = new Set()

/**
 * The ids of the insights with alerts, as a set, for a whole list page: one observer per page rather than one per row.
 * Empty until the alerts answer arrives, or when the key may not read alerts: rows then show no bell.
 */
export function useInsightIdsWithAlerts(projectId: string): ReadonlySet<number> {
  return useQuery({ ...alertQueries.insightIds(projectId), select: toSet }).data ?? NO_ALERTS
}
