import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { apiJson, projectPath } from './http'
import { checkedFeatureState } from '@/stores/compatibility-store'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'

/** Only the count of a list page: the probes ask for one row and read how many matched. */
const listCountSchema = z.object({ count: z.int() })

function countInsights(
  connection: ConnectionSettings,
  query: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<number> {
  return apiJson(listCountSchema, {
    path: projectPath('insights/', connection),
    query: { basic: 'true', limit: 1, ...query },
    signal,
    connection,
  }).then((page) => page.count)
}

/**
 * Whether this PostHog filters the insight list by `not_on_dashboard=true`. DRF ignores query parameters a viewset does
 * not read, so an instance without the filter answers the whole list: the filter is there exactly when it answers fewer
 * insights than the unfiltered list. When both counts are equal, either no insight is on a dashboard or the filter is
 * missing — and in both cases computing the group on the client gives the same answer, so "no" is safe. Settings'
 * "Check compatibility" runs this same probe (`FEATURE_ENDPOINTS`) for connections not yet saved.
 */
export async function probeNotOnDashboard(
  projectId: string,
  signal?: AbortSignal,
  connection: ConnectionSettings = getConnection(),
): Promise<boolean> {
  const target = { ...connection, projectId }
  const [filtered, all] = await Promise.all([
    countInsights(target, { not_on_dashboard: 'true' }, signal),
    countInsights(target, {}, signal),
  ])
  return filtered < all
}

/** The `FEATURE_ENDPOINTS` id of the filter, under which "Check compatibility" keeps what it found. */
export const NOT_ON_DASHBOARD_FEATURE = 'not-on-dashboard'

export const insightCapabilityKeys = {
  all: ['insight-capabilities'] as const,
  notOnDashboard: (projectId: string) => [...insightCapabilityKeys.all, projectId, 'not_on_dashboard'] as const,
}

export const insightCapabilityQueries = {
  notOnDashboard: (projectId: string) =>
    queryOptions({
      queryKey: insightCapabilityKeys.notOnDashboard(projectId),
      // What "Check compatibility" last found for this connection and project, if it ran; the probe otherwise.
      queryFn: async ({ signal }) => {
        const checked = await checkedFeatureState({ ...getConnection(), projectId }, NOT_ON_DASHBOARD_FEATURE)
        if (checked === 'works') return true
        if (checked === 'unavailable') return false
        return probeNotOnDashboard(projectId, signal)
      },
      // A server does not gain or lose a filter during a visit.
      staleTime: Infinity,
    }),
}
