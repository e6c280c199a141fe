import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import { alertListSchema, type AlertList } from './schemas/alert'

export interface AlertListParams {
  limit?: number
  offset?: number
  /** Only the alerts of this insight (numeric id), as `AlertViewSet` filters them. */
  insight?: number
}

/** `GET …/alerts/`: the project's alerts, each with the insight it watches and its threshold. */
export function fetchAlerts(projectId: string, params: AlertListParams = {}, signal?: AbortSignal): Promise<AlertList> {
  return apiJson(alertListSchema, {
    path: projectScoped(projectId, 'alerts/'),
    query: { limit: params.limit, offset: params.offset, insight: params.insight },
    signal,
  })
}

/** Alerts per request while collecting them all; projects have tens of alerts, not thousands. */
const ALERT_PAGE_SIZE = 500

/**
 * The ids of every insight that has an alert. PostHog's insight list cannot filter or annotate by alerts, so the list
 * page asks the alerts endpoint once (a page per 500 alerts) instead of once per row.
 */
export async function fetchInsightIdsWithAlerts(projectId: string, signal?: AbortSignal): Promise<number[]> {
  const ids = new Set<number>()
  for (let offset = 0; ; offset += ALERT_PAGE_SIZE) {
    const page = await fetchAlerts(projectId, { limit: ALERT_PAGE_SIZE, offset }, signal)
    for (const alert of page.results) ids.add(alert.insight.id)
    if (!page.next || page.results.length === 0) break
  }
  return [...ids]
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
