import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import {
  funnelCorrelationResponseSchema,
  insightTimingResponseSchema,
  legacyFunnelResponseSchema,
  legacyTrendResponseSchema,
  type FunnelCorrelationResponse,
  type InsightTimingRequest,
  type LegacyFilter,
  type LegacyFunnelResponse,
  type LegacyTrendResponse,
} from './schemas/legacy-insight'

/*
 * PostHog's pre-query endpoints, computed from `filters` instead of a stored query. They accept GET with the filter in
 * the query string or POST with it as the body; POST is used because a filter holds nested objects (`events`) that a
 * query string can only carry as JSON text.
 */

const legacyPath = (projectId: string, rest: string) => projectScoped(projectId, `insights/${rest}`)

export function fetchLegacyTrend(projectId: string, filter: LegacyFilter, signal?: AbortSignal): Promise<LegacyTrendResponse> {
  return apiJson(legacyTrendResponseSchema, { method: 'POST', path: legacyPath(projectId, 'trend/'), body: filter, signal })
}

export function fetchLegacyFunnel(projectId: string, filter: LegacyFilter, signal?: AbortSignal): Promise<LegacyFunnelResponse> {
  return apiJson(legacyFunnelResponseSchema, { method: 'POST', path: legacyPath(projectId, 'funnel/'), body: filter, signal })
}

export function fetchFunnelCorrelation(
  projectId: string,
  filter: LegacyFilter,
  signal?: AbortSignal,
): Promise<FunnelCorrelationResponse> {
  return apiJson(funnelCorrelationResponseSchema, {
    method: 'POST',
    path: legacyPath(projectId, 'funnel/correlation/'),
    body: filter,
    signal,
  })
}

/** `POST …/insights/timing/`: reports how long an insight took to load; fire and forget. */
export function reportInsightTiming(projectId: string, body: InsightTimingRequest): Promise<{ success: boolean }> {
  return apiJson(insightTimingResponseSchema, { method: 'POST', path: legacyPath(projectId, 'timing/'), body })
}

export const legacyInsightKeys = {
  all: ['legacy-insights'] as const,
  trend: (projectId: string, filter: LegacyFilter) => [...legacyInsightKeys.all, projectId, 'trend', filter] as const,
  funnel: (projectId: string, filter: LegacyFilter) => [...legacyInsightKeys.all, projectId, 'funnel', filter] as const,
  funnelCorrelation: (projectId: string, filter: LegacyFilter) =>
    [...legacyInsightKeys.all, projectId, 'funnel-correlation', filter] as const,
}

/** These are reads despite the POST, so they are queries: cached by filter and deduplicated. */
export const legacyInsightQueries = {
  trend: (projectId: string, filter: LegacyFilter) =>
    queryOptions({
      queryKey: legacyInsightKeys.trend(projectId, filter),
      queryFn: ({ signal }) => fetchLegacyTrend(projectId, filter, signal),
    }),
  funnel: (projectId: string, filter: LegacyFilter) =>
    queryOptions({
      queryKey: legacyInsightKeys.funnel(projectId, filter),
      queryFn: ({ signal }) => fetchLegacyFunnel(projectId, filter, signal),
    }),
  funnelCorrelation: (projectId: string, filter: LegacyFilter) =>
    queryOptions({
      queryKey: legacyInsightKeys.funnelCorrelation(projectId, filter),
      queryFn: ({ signal }) => fetchFunnelCorrelation(projectId, filter, signal),
    }),
}
