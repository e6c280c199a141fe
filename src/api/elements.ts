import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import {
  elementListSchema,
  elementStatsSchema,
  elementValuesSchema,
  type ElementList,
  type ElementStat,
  type ElementValues,
} from './schemas/element'

/*
 * Elements are read-only: PostHog's `ElementSerializer` sends no id, so no element can be fetched, edited or deleted
 * through the API (its viewset's detail routes need a key the list never reveals).
 */

export interface ElementListParams {
  limit?: number
  offset?: number
}

/** Which autocapture events `stats` counts; PostHog counts only `$autocapture` when none is given. */
export type ElementStatsEvent = '$autocapture' | '$rageclick' | '$dead_click'

export interface ElementStatsParams {
  include?: readonly ElementStatsEvent[]
}

export interface ElementValuesParams {
  /** The element property to list values of (`tag_name`, `text`, `href`, `attr_id`); PostHog answers `[]` for others, `selector` included. */
  key: string
  /** Only values containing this text. */
  value?: string
}

const elementsPath = (projectId: string, rest = '') => projectScoped(projectId, `elements/${rest}`)

export function fetchElements(projectId: string, params: ElementListParams = {}, signal?: AbortSignal): Promise<ElementList> {
  return apiJson(elementListSchema, {
    path: elementsPath(projectId),
    query: { limit: params.limit, offset: params.offset },
    signal,
  })
}

/**
 * `GET …/elements/stats/`: element chains with click counts. PostHog repeats `include` once per event type
 * (`?include=$rageclick&include=$dead_click`); a comma-joined value is what the query helper can send and what the
 * mock reads.
 */
export function fetchElementStats(
  projectId: string,
  params: ElementStatsParams = {},
  signal?: AbortSignal,
): Promise<ElementStat[]> {
  return apiJson(elementStatsSchema, {
    path: elementsPath(projectId, 'stats/'),
    query: { include: params.include?.length ? params.include.join(',') : undefined },
    signal,
  })
}

/** `GET …/elements/values/?key=…&value=…`: distinct values of one element property. */
export function fetchElementValues(projectId: string, params: ElementValuesParams, signal?: AbortSignal): Promise<ElementValues> {
  return apiJson(elementValuesSchema, {
    path: elementsPath(projectId, 'values/'),
    query: { key: params.key, value: params.value },
    signal,
  })
}

export const elementKeys = {
  all: ['elements'] as const,
  project: (projectId: string) => [...elementKeys.all, projectId] as const,
  lists: (projectId: string) => [...elementKeys.project(projectId), 'list'] as const,
  list: (projectId: string, params: ElementListParams) => [...elementKeys.lists(projectId), params] as const,
  /** The list that grows a page at a time ("Load more"). */
  pages: (projectId: string, limit: number) => [...elementKeys.lists(projectId), 'pages', { limit }] as const,
  aggregates: (projectId: string) => [...elementKeys.project(projectId), 'aggregate'] as const,
  stats: (projectId: string, params: ElementStatsParams) => [...elementKeys.aggregates(projectId), 'stats', params] as const,
  values: (projectId: string, params: ElementValuesParams) => [...elementKeys.aggregates(projectId), 'values', params] as const,
}

export const elementQueries = {
  list: (projectId: string, params: ElementListParams = {}) =>
    queryOptions({
      queryKey: elementKeys.list(projectId, params),
      queryFn: ({ signal }) => fetchElements(projectId, params, signal),
    }),
  /** Every element, `limit` at a time by offset; the next page only while the server links one. */
  pages: (projectId: string, limit: number) =>
    infiniteQueryOptions({
      queryKey: elementKeys.pages(projectId, limit),
      queryFn: ({ pageParam, signal }) => fetchElements(projectId, { limit, offset: pageParam }, signal),
      initialPageParam: 0,
      getNextPageParam: (lastPage, _pages, lastOffset) => (lastPage.next ? lastOffset + limit : undefined),
    }),
  stats: (projectId: string, params: ElementStatsParams = {}) =>
    queryOptions({
      queryKey: elementKeys.stats(projectId, params),
      queryFn: ({ signal }) => fetchElementStats(projectId, params, signal),
    }),
  values: (projectId: string, params: ElementValuesParams) =>
    queryOptions({
      queryKey: elementKeys.values(projectId, params),
      queryFn: ({ signal }) => fetchElementValues(projectId, params, signal),
    }),
}
