import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { apiJson } from './http'
import { projectScoped } from './project-scope'

/** Only the count of a list page: the probes ask for one row and read how many matched. */
const listCountSchema = z.object({ count: z.int() })

function countInsights(projectId: string, query: Record<string, string>, signal?: AbortSignal): Promise<number> {
  return apiJson(listCountSchema, {
    path: projectScoped(projectId, 'insights/'),
    query: { basic: 'true', limit: 1, ...query },
    signal,
  }).then((page) => page.count)
}

/**
 * Whether this PostHog filters the insight list by `not_on_dashboard=true`. DRF ignores query parameters a viewset does
 * not read, so an instance without the filter answers the whole list: the filter is there exactly when it answers fewer
 * insights than the unfiltered list. When both counts are equal, either no insight is on a dashboard or the filter is
 * missing — and in both cases computing the group on the client gives the same answer, so "no" is safe.
 */
export async function probeNotOnDashboard(projectId: string, signal?: AbortSignal): Promise<boolean> {
  const [filtered, all] = await Promise.all([
    countInsights(projectId, { not_on_dashboard: 'true' }, signal),
    countInsights(projectId, {}, signal),
  ])
  return filtered < all
}

export const insightCapabilityKeys = {
  all: ['insight-capabilities'] as const,
  notOnDashboard: (projectId: string) => [...insightCapabilityKeys.all, projectId, 'not_on_dashboard'] as const,
}

export const insightCapabilityQueries = {
  notOnDashboard: (projectId: string) =>
    queryOptions({
      queryKey: insightCapabilityKeys.notOnDashboard(projectId),
      queryFn: ({ signal }) => probeNotOnDashboard(projectId, signal),
      // A server does not gain or lose a filter during a visit.
      staleTime: Infinity,
    }),
}
