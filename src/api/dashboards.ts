import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import { dashboardListSchema, type DashboardBasic } from './schemas/dashboard'

/** DRF's largest page for PostHog's list endpoints. */
const DASHBOARD_PAGE_SIZE = 1000

/**
 * `GET …/dashboards/`, every page: the project's dashboards, pinned first then by name. PostHog's list has no name
 * search, so pickers search the names fetched here.
 */
export async function fetchDashboards(projectId: string, signal?: AbortSignal): Promise<DashboardBasic[]> {
  const dashboards: DashboardBasic[] = []
  for (let offset = 0; ; offset += DASHBOARD_PAGE_SIZE) {
    const page = await apiJson(dashboardListSchema, {
      path: projectScoped(projectId, 'dashboards/'),
      query: { limit: DASHBOARD_PAGE_SIZE, offset: offset || undefined },
      signal,
    })
    dashboards.push(...page.results)
    if (!page.next || page.results.length === 0) return dashboards
  }
}

const dashboardKeys = {
  all: ['dashboards'] as const,
  list: (projectId: string) => [...dashboardKeys.all, projectId] as const,
}

export const dashboardQueries = {
  list: (projectId: string) =>
    queryOptions({
      queryKey: dashboardKeys.list(projectId),
      queryFn: ({ signal }) => fetchDashboards(projectId, signal),
      // Dashboards are created and renamed elsewhere (in PostHog), not from this app.
      staleTime: 5 * 60_000,
    }),
}
