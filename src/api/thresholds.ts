import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { insightSegment, projectScoped } from './project-scope'
import { thresholdListSchema, thresholdSchema, type Threshold, type ThresholdList } from './schemas/threshold'

/*
 * Thresholds are read-only here: PostHog creates them through alerts (`alert:write`), and the API reference exposes
 * only list and retrieve under an insight.
 */

export interface ThresholdListParams {
  limit?: number
  offset?: number
}

const thresholdsPath = (projectId: string, insightId: number | string, rest = '') =>
  projectScoped(projectId, `insights/${insightSegment(insightId)}/thresholds/${rest}`)

/** `GET …/insights/:insight_id/thresholds/`. */
export function fetchThresholds(
  projectId: string,
  insightId: number | string,
  params: ThresholdListParams = {},
  signal?: AbortSignal,
): Promise<ThresholdList> {
  return apiJson(thresholdListSchema, {
    path: thresholdsPath(projectId, insightId),
    query: { limit: params.limit, offset: params.offset },
    signal,
  })
}

/** `GET …/insights/:insight_id/thresholds/:id/`. */
export function fetchThreshold(
  projectId: string,
  insightId: number | string,
  thresholdId: string,
  signal?: AbortSignal,
): Promise<Threshold> {
  return apiJson(thresholdSchema, { path: thresholdsPath(projectId, insightId, `${encodeURIComponent(thresholdId)}/`), signal })
}

export const thresholdKeys = {
  all: ['thresholds'] as const,
  insight: (projectId: string, insightId: number | string) => [...thresholdKeys.all, projectId, String(insightId)] as const,
  list: (projectId: string, insightId: number | string, params: ThresholdListParams) =>
    [...thresholdKeys.insight(projectId, insightId), 'list', params] as const,
  detail: (projectId: string, insightId: number | string, thresholdId: string) =>
    [...thresholdKeys.insight(projectId, insightId), 'detail', thresholdId] as const,
}

export const thresholdQueries = {
  list: (projectId: string, insightId: number | string, params: ThresholdListParams = {}) =>
    queryOptions({
      queryKey: thresholdKeys.list(projectId, insightId, params),
      queryFn: ({ signal }) => fetchThresholds(projectId, insightId, params, signal),
    }),
  detail: (projectId: string, insightId: number | string, thresholdId: string) =>
    queryOptions({
      queryKey: thresholdKeys.detail(projectId, insightId, thresholdId),
      queryFn: ({ signal }) => fetchThreshold(projectId, insightId, thresholdId, signal),
    }),
}
