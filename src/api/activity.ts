import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { insightSegment, projectScoped } from './project-scope'
import { activityPageSchema, type ActivityPage } from './schemas/activity'

/** PostHog pages activity by a 1-based `page` and `limit` (default 10), not by offset. */
export interface ActivityPageParams {
  page?: number
  limit?: number
}

function pageQuery({ page, limit }: ActivityPageParams) {
  return { page: page && page > 1 ? page : undefined, limit }
}

/** `GET …/insights/:id/activity/`: one insight's change history, newest first. */
export function fetchInsightActivity(
  projectId: string,
  insightId: number | string,
  params: ActivityPageParams = {},
  signal?: AbortSignal,
): Promise<ActivityPage> {
  return apiJson(activityPageSchema, {
    path: projectScoped(projectId, `insights/${insightSegment(insightId)}/activity/`),
    query: pageQuery(params),
    signal,
  })
}

/** `GET …/insights/activity/`: every insight change in the project, newest first. */
export function fetchProjectInsightActivity(
  projectId: string,
  params: ActivityPageParams = {},
  signal?: AbortSignal,
): Promise<ActivityPage> {
  return apiJson(activityPageSchema, { path: projectScoped(projectId, 'insights/activity/'), query: pageQuery(params), signal })
}

export const activityKeys = {
  all: ['activity'] as const,
  project: (projectId: string) => [...activityKeys.all, projectId] as const,
  /** The project-wide insight feed, all its pages. */
  projectInsights: (projectId: string) => [...activityKeys.project(projectId), 'insights'] as const,
  projectInsightsPage: (projectId: string, params: ActivityPageParams) =>
    [...activityKeys.projectInsights(projectId), params] as const,
  /** The feed that grows a page at a time ("Load more"); under `projectInsights` so every insight write refreshes it. */
  projectInsightsFeed: (projectId: string, limit: number) =>
    [...activityKeys.projectInsights(projectId), 'feed', { limit }] as const,
  /** One insight's history, all its pages; keyed by numeric id because that is what every mutation knows. */
  insight: (projectId: string, insightId: number) => [...activityKeys.project(projectId), 'insight', insightId] as const,
  insightPage: (projectId: string, insightId: number, params: ActivityPageParams) =>
    [...activityKeys.insight(projectId, insightId), params] as const,
}

export const activityQueries = {
  insight: (projectId: string, insightId: number, params: ActivityPageParams = {}) =>
    queryOptions({
      queryKey: activityKeys.insightPage(projectId, insightId, params),
      queryFn: ({ signal }) => fetchInsightActivity(projectId, insightId, params, signal),
    }),
  projectInsights: (projectId: string, params: ActivityPageParams = {}) =>
    queryOptions({
      queryKey: activityKeys.projectInsightsPage(projectId, params),
      queryFn: ({ signal }) => fetchProjectInsightActivity(projectId, params, signal),
    }),
  /**
   * The project feed as one growing list: each "Load more" appends the next page, so what is on screen stays put.
   * The next page is asked for only while the server says there is one (`next`).
   */
  projectInsightsFeed: (projectId: string, limit: number) =>
    infiniteQueryOptions({
      queryKey: activityKeys.projectInsightsFeed(projectId, limit),
      queryFn: ({ pageParam, signal }) => fetchProjectInsightActivity(projectId, { page: pageParam, limit }, signal),
      initialPageParam: 1,
      getNextPageParam: (lastPage, _pages, lastPageParam) => (lastPage.next ? lastPageParam + 1 : undefined),
    }),
}
