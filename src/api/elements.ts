import { infiniteQueryOptions, mutationOptions, queryOptions, useMutation } from '@tanstack/react-query'
import { apiJson, apiSend } from './http'
import { projectScoped } from './project-scope'
import {
  elementListSchema,
  elementSchema,
  elementStatsSchema,
  elementValuesSchema,
  type Element,
  type ElementList,
  type ElementStat,
  type ElementValues,
  type ElementWrite,
} from './schemas/element'

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
  /** The element property to list values of, e.g. `tag_name`, `text`, `selector`. */
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

export function fetchElement(projectId: string, elementId: number, signal?: AbortSignal): Promise<Element> {
  return apiJson(elementSchema, { path: elementsPath(projectId, `${elementId}/`), signal })
}

export function createElement(projectId: string, body: ElementWrite): Promise<Element> {
  return apiJson(elementSchema, { method: 'POST', path: elementsPath(projectId), body })
}

export function updateElement(projectId: string, elementId: number, patch: ElementWrite): Promise<Element> {
  return apiJson(elementSchema, { method: 'PATCH', path: elementsPath(projectId, `${elementId}/`), body: patch })
}

/** Unlike insights, elements are hard-deleted: 204. */
export function deleteElement(projectId: string, elementId: number): Promise<void> {
  return apiSend({ method: 'DELETE', path: elementsPath(projectId, `${elementId}/`) })
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
  /** The list that grows a page at a time ("Load more"); under `lists` so every write refreshes it. */
  pages: (projectId: string, limit: number) => [...elementKeys.lists(projectId), 'pages', { limit }] as const,
  detail: (projectId: string, elementId: number) => [...elementKeys.project(projectId), 'detail', elementId] as const,
  /** Stats and values are aggregates over every element, so any write makes them stale. */
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
  detail: (projectId: string, elementId: number) =>
    queryOptions({
      queryKey: elementKeys.detail(projectId, elementId),
      queryFn: ({ signal }) => fetchElement(projectId, elementId, signal),
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

export interface ElementUpdateVariables {
  id: number
  patch: ElementWrite
}

export const elementMutations = {
  create: (projectId: string) =>
    mutationOptions({
      mutationKey: [...elementKeys.project(projectId), 'create'],
      mutationFn: (body: ElementWrite) => createElement(projectId, body),
      onSuccess: async (element, _body, _result, { client }) => {
        client.setQueryData(elementKeys.detail(projectId, element.id), element)
        await Promise.all([
          client.invalidateQueries({ queryKey: elementKeys.lists(projectId) }),
          client.invalidateQueries({ queryKey: elementKeys.aggregates(projectId) }),
        ])
      },
    }),
  update: (projectId: string) =>
    mutationOptions({
      mutationKey: [...elementKeys.project(projectId), 'update'],
      mutationFn: ({ id, patch }: ElementUpdateVariables) => updateElement(projectId, id, patch),
      onSuccess: async (element, _variables, _result, { client }) => {
        client.setQueryData(elementKeys.detail(projectId, element.id), element)
        await Promise.all([
          client.invalidateQueries({ queryKey: elementKeys.lists(projectId) }),
          client.invalidateQueries({ queryKey: elementKeys.aggregates(projectId) }),
        ])
      },
    }),
  delete: (projectId: string) =>
    mutationOptions({
      mutationKey: [...elementKeys.project(projectId), 'delete'],
      mutationFn: (elementId: number) => deleteElement(projectId, elementId),
      onSuccess: async (_data, elementId, _result, { client }) => {
        client.removeQueries({ queryKey: elementKeys.detail(projectId, elementId) })
        await Promise.all([
          client.invalidateQueries({ queryKey: elementKeys.lists(projectId) }),
          client.invalidateQueries({ queryKey: elementKeys.aggregates(projectId) }),
        ])
      },
    }),
}

export function useCreateElement(projectId: string) {
  return useMutation(elementMutations.create(projectId))
}

export function useUpdateElement(projectId: string) {
  return useMutation(elementMutations.update(projectId))
}

export function useDeleteElement(projectId: string) {
  return useMutation(elementMutations.delete(projectId))
}
