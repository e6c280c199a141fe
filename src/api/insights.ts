import { mutationOptions, queryOptions, useMutation, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback } from 'react'
import { apiJson, apiSend, apiText, type QueryParams } from './http'
import { insightSegment, projectScoped } from './project-scope'
import { activityKeys } from './activity'
import { tagKeys } from './tags'
import type { BatchProgress } from '@/lib/batches'
import type { BulkTagOutcome } from '@/lib/bulk-tag-plan'
import {
  generatedMetadataSchema,
  insightAnalysisSchema,
  insightBasicListSchema,
  insightListSchema,
  insightSchema,
  insightSuggestionsSchema,
  myLastViewedSchema,
  trendingInsightListSchema,
  type CancelQueryRequest,
  type GeneratedMetadata,
  type Insight,
  type InsightBasic,
  type InsightBasicList,
  type InsightCreate,
  type InsightKind,
  type InsightList,
  type InsightUpdate,
  type TrendingInsightList,
} from './schemas/insight'
import type { InsightQuery } from './schemas/query'
import type { Paginated } from './schemas/pagination'
import { bulkUpdateTagsResponseSchema, type BulkUpdateTagsRequest, type BulkUpdateTagsResponse } from './schemas/tag'

/** Orders the insights list understands; PostHog's default is `-last_modified_at`. */
export const insightListOrders = [
  '-last_modified_at',
  'last_modified_at',
  '-created_at',
  'created_at',
  'name',
  '-name',
  '-last_viewed_at',
  'last_viewed_at',
] as const
export type InsightListOrder = (typeof insightListOrders)[number]

/**
 * The insights list filters, named as PostHog's query parameters. Dates are absolute (`2025-04-23`) or relative
 * (`-7d`, `-1m`, `-1y`, `-2h`); `favorited` and `user` are switches that only filter when on.
 */
export interface InsightListFilters {
  search?: string
  insight?: InsightKind
  /** User ids; PostHog reads the parameter as a JSON array. */
  created_by?: readonly number[]
  /** Tag names, any of which may match. */
  tags?: readonly string[]
  /** Dashboard ids, all of which must hold the insight. */
  dashboards?: readonly number[]
  favorited?: boolean
  /** Only insights created by the current user. */
  user?: boolean
  saved?: boolean
  short_id?: string
  date_from?: string
  date_to?: string
  created_date_from?: string
  created_date_to?: string
  last_viewed_date_from?: string
  last_viewed_date_to?: string
  order?: InsightListOrder
  limit?: number
  offset?: number
}

/**
 * The exact query string a list request sends, as a plain object: it is also the query key, so two filter objects that
 * produce the same request share one cache entry. Empty values are left out rather than sent as "no match".
 */
export function insightListParams(filters: InsightListFilters, basic: boolean): QueryParams {
  const params: QueryParams = {}
  const text = (key: keyof InsightListFilters, value: string | undefined) => {
    const trimmed = value?.trim()
    if (trimmed) params[key] = trimmed
  }
  text('search', filters.search)
  text('insight', filters.insight)
  if (filters.created_by?.length) params.created_by = [...filters.created_by]
  if (filters.tags?.length) params.tags = [...filters.tags]
  if (filters.dashboards?.length) params.dashboards = [...filters.dashboards]
  // PostHog treats the mere presence of `favorited`/`user` as "on", so "off" must be absent, not `false`.
  if (filters.favorited) params.favorited = 'true'
  if (filters.user) params.user = 'true'
  // `saved=false` is a real filter (unsaved insights only), so both values are sent explicitly.
  if (filters.saved !== undefined) params.saved = filters.saved ? 'true' : 'false'
  text('short_id', filters.short_id)
  text('date_from', filters.date_from)
  text('date_to', filters.date_to)
  text('created_date_from', filters.created_date_from)
  text('created_date_to', filters.created_date_to)
  text('last_viewed_date_from', filters.last_viewed_date_from)
  text('last_viewed_date_to', filters.last_viewed_date_to)
  text('order', filters.order)
  if (filters.limit !== undefined) params.limit = filters.limit
  if (filters.offset) params.offset = filters.offset
  if (basic) params.basic = 'true'
  return params
}

const insightsPath = (projectId: string, rest = '') => projectScoped(projectId, `insights/${rest}`)
const insightPath = (projectId: string, insightId: number | string, rest = '') =>
  insightsPath(projectId, `${insightSegment(insightId)}/${rest}`)

/** `GET …/insights/` with every insight's cached `result`. */
export function fetchInsightList(projectId: string, filters: InsightListFilters, signal?: AbortSignal): Promise<InsightList> {
  return apiJson(insightListSchema, { path: insightsPath(projectId), query: insightListParams(filters, false), signal })
}

/** `GET …/insights/?basic=true`: the list without results — what list pages need, and much lighter. */
export function fetchInsightBasicList(
  projectId: string,
  filters: InsightListFilters,
  signal?: AbortSignal,
): Promise<InsightBasicList> {
  return apiJson(insightBasicListSchema, { path: insightsPath(projectId), query: insightListParams(filters, true), signal })
}

/** `GET …/insights/?format=csv`: the filtered list as PostHog's CSV export. */
export function fetchInsightListCsv(projectId: string, filters: InsightListFilters, signal?: AbortSignal): Promise<string> {
  return apiText({ path: insightsPath(projectId), query: insightListParams(filters, false), signal })
}

/** `GET …/insights/:id/` by numeric id or short_id; a soft-deleted insight answers 404. */
export function fetchInsight(projectId: string, insightId: number | string, signal?: AbortSignal): Promise<Insight> {
  return apiJson(insightSchema, { path: insightPath(projectId, insightId), signal })
}

export function createInsight(projectId: string, body: InsightCreate): Promise<Insight> {
  return apiJson(insightSchema, { method: 'POST', path: insightsPath(projectId), body })
}

/** `PATCH …/insights/:id/`; `{deleted: true}` is PostHog's soft delete and `{deleted: false}` restores. */
export function updateInsight(projectId: string, insightId: number | string, patch: InsightUpdate): Promise<Insight> {
  return apiJson(insightSchema, { method: 'PATCH', path: insightPath(projectId, insightId), body: patch })
}

/**
 * The PATCH that undoes a soft delete. PostHog's `InsightSerializer.update` (products/product_analytics/backend/api/
 * insight.py) soft-deletes the insight's dashboard tiles on `deleted: true` and does not bring them back on
 * `deleted: false`; sending the dashboards it was on in the same PATCH revives those tiles (`_update_insight_dashboards`).
 * Its alerts are deleted for good: nothing can restore them.
 */
export function restoreInsightPatch(dashboards: readonly number[] = []): InsightUpdate {
  return dashboards.length > 0 ? { deleted: false, dashboards: [...dashboards] } : { deleted: false }
}

/** PostHog forbids hard deletes (405); kept so callers and tests can see the server's answer. */
export function hardDeleteInsight(projectId: string, insightId: number | string): Promise<void> {
  return apiSend({ method: 'DELETE', path: insightPath(projectId, insightId) })
}

/** `POST …/insights/viewed/`: records views that `my_last_viewed` and `trending` read. */
export function markInsightsViewed(projectId: string, insightIds: readonly number[]): Promise<void> {
  return apiSend({ method: 'POST', path: insightsPath(projectId, 'viewed/'), body: { insight_ids: [...insightIds] } })
}

/** `GET …/insights/my_last_viewed/`: the current user's last 5 viewed insights, newest first. */
export function fetchMyLastViewedInsights(projectId: string, signal?: AbortSignal): Promise<InsightBasic[]> {
  return apiJson(myLastViewedSchema, { path: insightsPath(projectId, 'my_last_viewed/'), signal })
}

export interface TrendingParams {
  /** Window in days; PostHog's default is 7. */
  days?: number
  /** How many to rank; PostHog's default is 10, its cap 100. There is no paging. */
  limit?: number
}

/** `GET …/insights/trending/`: most viewed insights in the window, with `view_count` and up to 3 recent `viewers`. */
export function fetchTrendingInsights(
  projectId: string,
  params: TrendingParams = {},
  signal?: AbortSignal,
): Promise<TrendingInsightList> {
  return apiJson(trendingInsightListSchema, {
    path: insightsPath(projectId, 'trending/'),
    query: { days: params.days, limit: params.limit },
    signal,
  })
}

/** `POST …/insights/bulk_update_tags/`: add, remove or set tags on many insights; unknown ids come back as `skipped`. */
export function bulkUpdateInsightTags(projectId: string, body: BulkUpdateTagsRequest): Promise<BulkUpdateTagsResponse> {
  return apiJson(bulkUpdateTagsResponseSchema, { method: 'POST', path: insightsPath(projectId, 'bulk_update_tags/'), body })
}

/** PostHog's `tagify`: tags are stored trimmed, lowercased and once each, so the optimistic copy matches the answer. */
export function tagify(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))]
}

/** What `bulk_update_tags` does to one insight's tags, so the cache can show it before the server answers. */
export function applyBulkTagAction(
  { action, tags }: Pick<BulkUpdateTagsRequest, 'action' | 'tags'>,
  current: readonly string[],
): string[] {
  const requested = tagify(tags)
  if (action === 'set') return requested
  if (action === 'remove') return current.filter((tag) => !requested.includes(tag))
  return tagify([...current, ...requested])
}

/**
 * What an edit of one insight's tags changed, from the list the editor opened with to the one saved. Sent as
 * `bulk_update_tags` add and remove instead of the whole list, so a tag someone else added while the editor was open
 * (or the page sat for minutes) is kept, as PostHog's own `add`/`remove` actions allow.
 */
export function tagChanges(before: readonly string[], after: readonly string[]): { add: string[]; remove: string[] } {
  const start = tagify(before)
  const end = tagify(after)
  return { add: end.filter((tag) => !start.includes(tag)), remove: start.filter((tag) => !end.includes(tag)) }
}

/** `POST …/insights/generate_metadata/`: a suggested name and description for a query. */
export function generateInsightMetadata(projectId: string, query: InsightQuery): Promise<GeneratedMetadata> {
  return apiJson(generatedMetadataSchema, {
    method: 'POST',
    path: insightsPath(projectId, 'generate_metadata/'),
    body: { query },
  })
}

/** `POST …/insights/cancel/`: stops a running query by the id the client gave it. */
export function cancelInsightQuery(projectId: string, body: CancelQueryRequest): Promise<void> {
  return apiSend({ method: 'POST', path: insightsPath(projectId, 'cancel/'), body })
}

export function fetchInsightSuggestions(projectId: string, insightId: number | string, signal?: AbortSignal) {
  return apiJson(insightSuggestionsSchema, { path: insightPath(projectId, insightId, 'suggestions/'), signal })
}

export function fetchInsightAnalysis(projectId: string, insightId: number | string, signal?: AbortSignal) {
  return apiJson(insightAnalysisSchema, { path: insightPath(projectId, insightId, 'analyze/'), signal })
}

/*
 * Keys nest project → kind → parameters, so a mutation can invalidate exactly the family it touched
 * (`insightKeys.lists(projectId)`) without refetching details, suggestions or another project.
 */
export const insightKeys = {
  all: ['insights'] as const,
  project: (projectId: string) => [...insightKeys.all, projectId] as const,
  lists: (projectId: string) => [...insightKeys.project(projectId), 'list'] as const,
  list: (projectId: string, params: QueryParams) => [...insightKeys.lists(projectId), params] as const,
  details: (projectId: string) => [...insightKeys.project(projectId), 'detail'] as const,
  detail: (projectId: string, insightId: number | string) => [...insightKeys.details(projectId), String(insightId)] as const,
  suggestions: (projectId: string, insightId: number | string) =>
    [...insightKeys.detail(projectId, insightId), 'suggestions'] as const,
  analysis: (projectId: string, insightId: number | string) => [...insightKeys.detail(projectId, insightId), 'analysis'] as const,
  lastViewed: (projectId: string) => [...insightKeys.project(projectId), 'my-last-viewed'] as const,
  trendingAll: (projectId: string) => [...insightKeys.project(projectId), 'trending'] as const,
  trending: (projectId: string, params: TrendingParams) => [...insightKeys.trendingAll(projectId), params] as const,
}

export const insightQueries = {
  /** The list page's query: basic insights (no results), filtered and paged on the server. */
  list: (projectId: string, filters: InsightListFilters) =>
    queryOptions({
      queryKey: insightKeys.list(projectId, insightListParams(filters, true)),
      queryFn: ({ signal }) => fetchInsightBasicList(projectId, filters, signal),
    }),
  /** Lists that render charts need every insight's `result`. */
  listWithResults: (projectId: string, filters: InsightListFilters) =>
    queryOptions({
      queryKey: insightKeys.list(projectId, insightListParams(filters, false)),
      queryFn: ({ signal }) => fetchInsightList(projectId, filters, signal),
    }),
  detail: (projectId: string, insightId: number | string) =>
    queryOptions({
      queryKey: insightKeys.detail(projectId, insightId),
      queryFn: ({ signal }) => fetchInsight(projectId, insightId, signal),
    }),
  suggestions: (projectId: string, insightId: number | string) =>
    queryOptions({
      queryKey: insightKeys.suggestions(projectId, insightId),
      queryFn: ({ signal }) => fetchInsightSuggestions(projectId, insightId, signal),
      staleTime: 5 * 60_000,
    }),
  analysis: (projectId: string, insightId: number | string) =>
    queryOptions({
      queryKey: insightKeys.analysis(projectId, insightId),
      queryFn: ({ signal }) => fetchInsightAnalysis(projectId, insightId, signal),
      staleTime: 5 * 60_000,
    }),
  lastViewed: (projectId: string) =>
    queryOptions({
      queryKey: insightKeys.lastViewed(projectId),
      queryFn: ({ signal }) => fetchMyLastViewedInsights(projectId, signal),
    }),
  trending: (projectId: string, params: TrendingParams = {}) =>
    queryOptions({
      queryKey: insightKeys.trending(projectId, params),
      queryFn: ({ signal }) => fetchTrendingInsights(projectId, params, signal),
    }),
}

/** The fields an edit changes in place; `query` is left to the server because the result depends on it. */
type InstantFields = Pick<InsightBasic, 'name' | 'description' | 'favorited' | 'tags' | 'saved'>

function instantFields(patch: InsightUpdate): Partial<InstantFields> {
  const fields: Partial<InstantFields> = {}
  if (patch.name !== undefined) fields.name = patch.name
  if (patch.description !== undefined) fields.description = patch.description
  if (patch.favorited !== undefined) fields.favorited = patch.favorited
  if (patch.tags !== undefined) fields.tags = tagify(patch.tags)
  if (patch.saved !== undefined) fields.saved = patch.saved
  return fields
}

/** Caches holding a copy of insights: every list page, every detail, last viewed and trending. */
function insightCopyKeys(projectId: string): QueryKey[] {
  return [
    insightKeys.lists(projectId),
    insightKeys.details(projectId),
    insightKeys.lastViewed(projectId),
    insightKeys.trendingAll(projectId),
  ]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isPage(value: unknown): value is Paginated<InsightBasic> {
  return isRecord(value) && Array.isArray(value.results)
}

function isInsight(value: unknown): value is InsightBasic {
  return isRecord(value) && typeof value.id === 'number' && typeof value.short_id === 'string'
}

/**
 * Applies `change` to every cached copy of the insights in `ids` (pages, arrays and single insights alike) and returns
 * what those queries held before, so the caller can put it back. Queries are cancelled first so a response already on
 * its way cannot overwrite the optimistic value; queries holding none of the insights are left untouched, so their
 * freshness is not reset.
 */
async function patchCachedInsights(
  client: QueryClient,
  projectId: string,
  ids: ReadonlySet<number>,
  change: <T extends InsightBasic>(insight: T) => T,
  options: { removeFromLists?: boolean } = {},
): Promise<CacheSnapshot> {
  const keys = insightCopyKeys(projectId)
  await Promise.all(keys.map((queryKey) => client.cancelQueries({ queryKey })))
  const targeted = (value: unknown): value is InsightBasic => isInsight(value) && ids.has(value.id)
  const patchItems = (items: readonly unknown[]): unknown[] =>
    options.removeFromLists
      ? items.filter((item) => !targeted(item))
      : items.map((item) => (targeted(item) ? change(item) : item))
  const patch = (data: unknown): unknown => {
    if (isPage(data)) {
      if (!data.results.some(targeted)) return data
      const results = patchItems(data.results)
      return { ...data, results, count: data.count - (data.results.length - results.length) }
    }
    if (Array.isArray(data)) {
      const items: unknown[] = data
      return items.some(targeted) ? patchItems(items) : data
    }
    return targeted(data) ? change(data) : data
  }
  const snapshot: CacheSnapshot = []
  for (const queryKey of keys) {
    for (const [key, data] of client.getQueriesData({ queryKey })) {
      const next = patch(data)
      if (next === data) continue
      snapshot.push([key, data])
      client.setQueryData(key, next)
    }
  }
  return snapshot
}

type CacheSnapshot = [QueryKey, unknown][]

function restoreCache(client: QueryClient, snapshot: CacheSnapshot | undefined): void {
  for (const [queryKey, data] of snapshot ?? []) client.setQueryData(queryKey, data)
}

/** Puts the server's copy of one insight into its detail caches (by id and by short_id) without a refetch. */
function storeInsight(client: QueryClient, projectId: string, insight: Insight): void {
  client.setQueryData(insightKeys.detail(projectId, insight.id), insight)
  client.setQueryData(insightKeys.detail(projectId, insight.short_id), insight)
}

/** What tagging changes: lists, the tagged insights' details and history, the tag vocabulary and counts. */
async function refetchAfterTagging(client: QueryClient, projectId: string, ids: readonly number[]): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: insightKeys.lists(projectId) }),
    client.invalidateQueries({
      queryKey: insightKeys.details(projectId),
      predicate: ({ state }) => isInsight(state.data) && ids.includes(state.data.id),
    }),
    client.invalidateQueries({ queryKey: insightKeys.lastViewed(projectId) }),
    client.invalidateQueries({ queryKey: insightKeys.trendingAll(projectId) }),
    client.invalidateQueries({ queryKey: tagKeys.list(projectId) }),
    client.invalidateQueries({ queryKey: activityKeys.projectInsights(projectId) }),
    ...ids.map((id) => client.invalidateQueries({ queryKey: activityKeys.insight(projectId, id) })),
  ])
}

export interface TogetherTagRequests {
  requests: readonly BulkUpdateTagsRequest[]
  onProgress?: (progress: BatchProgress) => void
}

export interface UpdateInsightVariables {
  id: number
  patch: InsightUpdate
}

export const insightMutations = {
  create: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'create'],
      mutationFn: (body: InsightCreate) => createInsight(projectId, body),
      onSuccess: async (insight, body, _result, { client }) => {
        storeInsight(client, projectId, insight)
        await Promise.all([
          client.invalidateQueries({ queryKey: insightKeys.lists(projectId) }),
          client.invalidateQueries({ queryKey: activityKeys.projectInsights(projectId) }),
          body.tags?.length ? client.invalidateQueries({ queryKey: tagKeys.list(projectId) }) : null,
        ])
      },
    }),

  /**
   * Any PATCH. Name, description, favorite, saved and tags show at once in every cached copy and roll back if the
   * server refuses; soft delete (`deleted: true`) removes the insight from cached lists at once.
   */
  update: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'update'],
      mutationFn: ({ id, patch }: UpdateInsightVariables) => updateInsight(projectId, id, patch),
      onMutate: ({ id, patch }, { client }) => {
        const fields = instantFields(patch)
        return patchCachedInsights(client, projectId, new Set([id]), (insight) => ({ ...insight, ...fields }), {
          removeFromLists: patch.deleted === true,
        })
      },
      onError: (_error, _variables, snapshot, { client }) => restoreCache(client, snapshot),
      onSuccess: (insight, { patch }, _snapshot, { client }) => {
        // A restored insight is served again; a deleted one answers 404 from now on, so its detail cache must go.
        if (patch.deleted === true) {
          client.removeQueries({ queryKey: insightKeys.detail(projectId, insight.id) })
          client.removeQueries({ queryKey: insightKeys.detail(projectId, insight.short_id) })
        } else {
          storeInsight(client, projectId, insight)
        }
      },
      onSettled: async (_insight, _error, { id, patch }, _snapshot, { client }) => {
        await Promise.all([
          client.invalidateQueries({ queryKey: insightKeys.lists(projectId) }),
          client.invalidateQueries({ queryKey: insightKeys.lastViewed(projectId) }),
          client.invalidateQueries({ queryKey: insightKeys.trendingAll(projectId) }),
          client.invalidateQueries({ queryKey: activityKeys.insight(projectId, id) }),
          client.invalidateQueries({ queryKey: activityKeys.projectInsights(projectId) }),
          patch.tags !== undefined ? client.invalidateQueries({ queryKey: tagKeys.list(projectId) }) : null,
        ])
      },
    }),

  viewed: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'viewed'],
      meta: { savesChanges: false },
      mutationFn: (insightIds: readonly number[]) => markInsightsViewed(projectId, insightIds),
      onSuccess: async (_data, _ids, _result, { client }) => {
        await Promise.all([
          client.invalidateQueries({ queryKey: insightKeys.lastViewed(projectId) }),
          client.invalidateQueries({ queryKey: insightKeys.trendingAll(projectId) }),
          // `last_viewed_at` ordering and filters change; an inactive list is only marked stale.
          client.invalidateQueries({ queryKey: insightKeys.lists(projectId) }),
        ])
      },
    }),

  /** Tags many insights at once; the new tags show at once and roll back if the server refuses. */
  bulkUpdateTags: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'bulk-update-tags'],
      mutationFn: (body: BulkUpdateTagsRequest) => bulkUpdateInsightTags(projectId, body),
      onMutate: (body, { client }) =>
        patchCachedInsights(client, projectId, new Set(body.ids), (insight) => ({
          ...insight,
          tags: applyBulkTagAction(body, insight.tags),
        })),
      onError: (_error, _body, snapshot, { client }) => restoreCache(client, snapshot),
      onSettled: (_response, _error, body, _snapshot, { client }) => refetchAfterTagging(client, projectId, body.ids),
    }),

  /**
   * Several `bulk_update_tags` requests as one change (an undo puts back a different tag set per group of insights):
   * every row shows its new tags at once and the caches are refetched once at the end, so rows do not change one batch
   * at a time. Batches that fail are reported in the outcome; the refetch shows what the server kept.
   */
  bulkUpdateTagsTogether: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'bulk-update-tags-together'],
      // Loaded on use: the bulk tag dialog, the only caller, has already brought it, and the list's entry stays smaller.
      mutationFn: async ({ requests, onProgress }: TogetherTagRequests): Promise<BulkTagOutcome> => {
        const { runBulkTagRequests } = await import('@/lib/bulk-tag-plan')
        return runBulkTagRequests(requests, (body) => bulkUpdateInsightTags(projectId, body), onProgress)
      },
      onMutate: async ({ requests }, { client }) => {
        for (const body of requests) {
          await patchCachedInsights(client, projectId, new Set(body.ids), (insight) => ({
            ...insight,
            tags: applyBulkTagAction(body, insight.tags),
          }))
        }
      },
      onSettled: (_outcome, _error, { requests }, _context, { client }) =>
        refetchAfterTagging(
          client,
          projectId,
          requests.flatMap((body) => body.ids),
        ),
    }),

  /** Suggests a name and description; nothing is cached because the user decides whether to keep it. */
  generateMetadata: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'generate-metadata'],
      meta: { savesChanges: false },
      mutationFn: (query: InsightQuery) => generateInsightMetadata(projectId, query),
    }),

  cancel: (projectId: string) =>
    mutationOptions({
      mutationKey: [...insightKeys.project(projectId), 'cancel'],
      meta: { savesChanges: false },
      mutationFn: (body: CancelQueryRequest) => cancelInsightQuery(projectId, body),
    }),
}

export function useCreateInsight(projectId: string) {
  return useMutation(insightMutations.create(projectId))
}

/** Rename, describe, favorite, tag, save, soft delete or restore one insight. */
export function useUpdateInsight(projectId: string) {
  return useMutation(insightMutations.update(projectId))
}

export function useMarkInsightsViewed(projectId: string) {
  return useMutation(insightMutations.viewed(projectId))
}

/** Add, remove or set tags on the selected insights. */
export function useBulkUpdateInsightTags(projectId: string) {
  return useMutation(insightMutations.bulkUpdateTags(projectId))
}

/** Saves an inline tag edit of one insight as the tags it added and removed (see `tagChanges`). */
export function useEditInsightTags(projectId: string) {
  const { mutateAsync } = useBulkUpdateInsightTags(projectId)
  return useCallback(
    async (id: number, before: readonly string[], after: readonly string[]): Promise<void> => {
      const { add, remove } = tagChanges(before, after)
      if (add.length) await mutateAsync({ ids: [id], action: 'add', tags: add })
      if (remove.length) await mutateAsync({ ids: [id], action: 'remove', tags: remove })
    },
    [mutateAsync],
  )
}

export function useGenerateInsightMetadata(projectId: string) {
  return useMutation(insightMutations.generateMetadata(projectId))
}

export function useCancelInsightQuery(projectId: string) {
  return useMutation(insightMutations.cancel(projectId))
}
