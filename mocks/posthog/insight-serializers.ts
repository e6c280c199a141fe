import { parseRelativeOrAbsoluteDate } from '../store/dates'
import { insightKindOf } from '../store/insight-nodes'
import { hashString } from '../store/prng'
import { objectField, querySource } from '../store/queries'
import type { MockStore } from '../store/store'
import type { MockInsight } from '../store/types'
import { postHogSerializer } from './inventory'
import { serializeUserBasic } from './user-serializers'

/*
 * PostHog's insight serializers, in products/product_analytics/backend/api/insight.py (they moved there from
 * posthog/api/insight.py). `SearchMatchTypeSerializerMixin` (posthog/api/shared.py) adds `search_match_type` to both
 * only when the list was filtered by `search`, and strips it otherwise, so it is inventoried as its own serializer.
 */
const SOURCE = 'products/product_analytics/backend/api/insight.py'

/** `DashboardTileBasicSerializer`: one entry of an insight's `dashboard_tiles`. */
export const dashboardTileBasicSerializer = postHogSerializer({
  source: SOURCE,
  className: 'DashboardTileBasicSerializer',
  fields: ['id', 'dashboard_id', 'deleted'],
  // `DashboardTile.deleted` is `null=True`.
  nullable: ['deleted'],
})

/** `InsightBasicSerializer`: `?basic=true` lists and retrieves, `my_last_viewed`, an alert's `insight`. */
export const insightBasicSerializer = postHogSerializer({
  source: SOURCE,
  className: 'InsightBasicSerializer',
  fields: [
    'id',
    'short_id',
    'name',
    'derived_name',
    'filters',
    'query',
    'dashboards',
    'dashboard_tiles',
    'description',
    'last_refresh',
    'refreshing',
    'saved',
    'tags',
    'updated_at',
    'created_by',
    'created_at',
    'last_modified_at',
    'favorited',
    'user_access_level',
    'last_viewed_at',
  ],
  // Model fields with `null=True` (`name`, `derived_name`, `description`, `query`, `last_refresh`, `created_by`,
  // `created_at`); `last_viewed_at` is None where the queryset carries no view annotation (retrieve, create);
  // `user_access_level` is None when access control does not apply.
  nullable: [
    'name',
    'derived_name',
    'query',
    'description',
    'last_refresh',
    'created_by',
    'created_at',
    'user_access_level',
    'last_viewed_at',
  ],
})

/** `InsightSerializer`: lists, retrieve, create and update, with the cached result. */
export const insightSerializer = postHogSerializer({
  source: SOURCE,
  className: 'InsightSerializer',
  fields: [
    'id',
    'short_id',
    'name',
    'derived_name',
    'filters',
    'query',
    'order',
    'deleted',
    'dashboards',
    'dashboard_tiles',
    'last_refresh',
    'cache_target_age',
    'next_allowed_client_refresh',
    'result',
    'hasMore',
    'columns',
    'created_at',
    'created_by',
    'description',
    'updated_at',
    'tags',
    'favorited',
    'saved',
    'last_modified_at',
    'last_modified_by',
    'is_sample',
    'effective_restriction_level',
    'effective_privilege_level',
    'user_access_level',
    'timezone',
    'is_cached',
    'query_status',
    'hogql',
    'types',
    'resolved_date_range',
    'alerts',
    'last_viewed_at',
    // Added by `to_representation`: the cache key of the result.
    'filters_hash',
  ],
  // Every method field over the cached `InsightResult` can be None (a cache miss, a failed query), plus the model's
  // nullable fields. `_create_in_folder` is write-only and never sent.
  nullable: [
    'name',
    'derived_name',
    'query',
    'order',
    'last_refresh',
    'cache_target_age',
    'next_allowed_client_refresh',
    'result',
    'hasMore',
    'columns',
    'created_at',
    'created_by',
    'description',
    'last_modified_by',
    'user_access_level',
    'timezone',
    'query_status',
    'hogql',
    'types',
    'resolved_date_range',
    'last_viewed_at',
    'filters_hash',
  ],
})

/** `TrendingInsightSerializer`: `insights/trending/` rows, a basic insight plus its views in the window. */
export const trendingInsightSerializer = postHogSerializer({
  source: SOURCE,
  className: 'TrendingInsightSerializer',
  fields: [...insightBasicSerializer.fields, 'view_count', 'viewers', 'last_modified_by'],
  nullable: [...insightBasicSerializer.nullable, 'last_modified_by'],
})

/** `SearchMatchTypeSerializerMixin` in posthog/api/shared.py: the one field a `search`-filtered list adds to each row. */
export const searchMatchTypeSerializer = postHogSerializer({
  source: 'posthog/api/shared.py',
  className: 'SearchMatchTypeSerializerMixin',
  fields: ['search_match_type'],
})

export type SearchMatchType = 'exact' | 'similar'
type SearchMatch = { search_match_type?: SearchMatchType }
type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type InsightBasicAnswer = Answer<typeof insightBasicSerializer> & SearchMatch
export type InsightAnswer = Answer<typeof insightSerializer> & SearchMatch
export type TrendingInsightAnswer = Answer<typeof trendingInsightSerializer>

/** `Dashboard.RestrictionLevel.EVERYONE_IN_PROJECT_CAN_EDIT` and `Dashboard.PrivilegeLevel.CAN_EDIT` (dashboard model). */
const EVERYONE_IN_PROJECT_CAN_EDIT = 21
const CAN_EDIT = 37
/** The query runner's staleness for daily charts (`cache_target_age("day", …)`: 6 h) and its 15-minute refresh floor. */
const CACHE_TARGET_AGE_MS = 6 * 3_600_000
const MIN_CLIENT_REFRESH_MS = 15 * 60_000

/** Where the serialized insight is viewed from: what PostHog annotates onto the queryset for that action. */
export interface InsightView {
  /** `last_viewed_at` as the action's queryset annotates it (any viewer for lists, this user for my_last_viewed). */
  lastViewedAt: string | null
  match?: SearchMatchType | null
}

/** What the full serializer adds to the view: the insight's alerts as `AlertSerializer` sends them. */
export interface InsightFullView extends InsightView {
  alerts: readonly unknown[]
  /** False right after a `refresh` recalculated the result. */
  isCached?: boolean
}

/**
 * The mock keeps an insight's dashboards as ids; PostHog keeps a `DashboardTile` per dashboard. A tile's id is derived
 * from both ids so it stays the same across answers. Soft-deleted tiles are not listed (`dashboard_tiles.all()` uses
 * the default manager), so every listed tile has `deleted: false`.
 */
function dashboardTiles(insight: MockInsight) {
  return insight.dashboards.map((dashboardId) => ({
    id: insight.id * 1000 + dashboardId,
    dashboard_id: dashboardId,
    deleted: false,
  }))
}

/**
 * `filters` and `query` as `to_representation` sends them: `{}` beside a query. The mock's legacy insights stand for
 * insights served by an older PostHog (before `query_from_filters`), which answered their filters and a null query.
 */
function filtersOf(insight: MockInsight): Record<string, unknown> {
  if (insight.query) return {}
  const filters = insight.filters ?? {}
  return 'insight' in filters ? { ...filters } : { ...filters, insight: 'TRENDS' }
}

function withMatch<T extends object>(answer: T, match: SearchMatchType | null | undefined): T & SearchMatch {
  return match ? { ...answer, search_match_type: match } : answer
}

export function serializeInsightBasic(store: MockStore, insight: MockInsight, view: InsightView): InsightBasicAnswer {
  const answer: Answer<typeof insightBasicSerializer> = {
    id: insight.id,
    short_id: insight.short_id,
    name: insight.name,
    derived_name: insight.derived_name,
    filters: filtersOf(insight),
    query: insight.query,
    dashboards: [...insight.dashboards],
    dashboard_tiles: dashboardTiles(insight),
    description: insight.description,
    last_refresh: insight.last_refresh,
    refreshing: false,
    saved: insight.saved,
    tags: [...insight.tags],
    updated_at: insight.updated_at ?? insight.last_modified_at,
    created_by: serializeUserBasic(store, insight.created_by),
    created_at: insight.created_at,
    last_modified_at: insight.last_modified_at,
    favorited: insight.favorited,
    user_access_level: 'editor',
    last_viewed_at: view.lastViewedAt,
  }
  return withMatch(answer, view.match)
}

function shiftIso(iso: string | null, ms: number): string | null {
  return iso === null ? null : new Date(Date.parse(iso) + ms).toISOString()
}

/** `resolved_date_range`: the query's date range resolved at its last refresh; None for SQL and JSON insights. */
function resolvedDateRange(insight: MockInsight): { date_from: string; date_to: string } | null {
  const kind = insightKindOf(insight.query, insight.filters)
  if (kind === 'SQL' || kind === 'JSON') return null
  const at = new Date(insight.last_refresh ?? insight.last_modified_at)
  const range = insight.query ? objectField(querySource(insight.query), 'dateRange') : (insight.filters ?? {})
  const from = typeof range.date_from === 'string' ? parseRelativeOrAbsoluteDate(range.date_from, at) : null
  const to = typeof range.date_to === 'string' ? parseRelativeOrAbsoluteDate(range.date_to, at) : null
  // The query runners' default range is the last 7 days up to now.
  return { date_from: (from ?? new Date(at.getTime() - 7 * 86_400_000)).toISOString(), date_to: (to ?? at).toISOString() }
}

/** `cache_key` of the result (`generate_cache_key` in posthog/caching/utils.py: "cache_" and a hash of the payload). */
function cacheKey(insight: MockInsight): string {
  const payload = JSON.stringify([insight.project_id, insight.query ?? insight.filters ?? null])
  const hex = (seed: string) => (hashString(seed) >>> 0).toString(16).padStart(8, '0')
  return `cache_${hex(payload)}${hex(`a${payload}`)}${hex(`b${payload}`)}${hex(`c${payload}`)}`
}

/**
 * The full insight. The mock always has a cached result (`is_cached`), computed at `last_refresh`; `hogql` and `types`
 * stay None as for a result read from an older cache entry. `alerts` are only sent for kinds an alert can watch
 * (`alertable_query_kind`: trends and SQL), as PostHog does.
 */
export function serializeInsight(store: MockStore, insight: MockInsight, view: InsightFullView): InsightAnswer {
  const { result, columns } = store.resultOf(insight)
  const kind = insightKindOf(insight.query, insight.filters)
  const alertable = kind === 'TRENDS' || kind === 'SQL'
  const answer: Answer<typeof insightSerializer> = {
    id: insight.id,
    short_id: insight.short_id,
    name: insight.name,
    derived_name: insight.derived_name,
    filters: filtersOf(insight),
    query: insight.query,
    order: insight.order,
    deleted: insight.deleted,
    dashboards: [...insight.dashboards],
    dashboard_tiles: dashboardTiles(insight),
    last_refresh: insight.last_refresh,
    cache_target_age: shiftIso(insight.last_refresh, CACHE_TARGET_AGE_MS),
    next_allowed_client_refresh: shiftIso(insight.last_refresh, MIN_CLIENT_REFRESH_MS),
    result,
    // HogQL answers say whether rows were cut at the limit; the other query runners send no `hasMore`.
    hasMore: kind === 'SQL' ? false : null,
    columns,
    created_at: insight.created_at,
    created_by: serializeUserBasic(store, insight.created_by),
    description: insight.description,
    updated_at: insight.updated_at ?? insight.last_modified_at,
    tags: [...insight.tags],
    favorited: insight.favorited,
    saved: insight.saved,
    last_modified_at: insight.last_modified_at,
    last_modified_by: serializeUserBasic(store, insight.last_modified_by),
    is_sample: insight.is_sample ?? false,
    effective_restriction_level: EVERYONE_IN_PROJECT_CAN_EDIT,
    effective_privilege_level: CAN_EDIT,
    user_access_level: 'editor',
    timezone: store.project(insight.project_id)?.timezone ?? 'UTC',
    is_cached: view.isCached ?? true,
    query_status: null,
    hogql: null,
    types: null,
    resolved_date_range: resolvedDateRange(insight),
    alerts: alertable ? [...view.alerts] : [],
    last_viewed_at: view.lastViewedAt,
    filters_hash: cacheKey(insight),
  }
  return withMatch(answer, view.match)
}

/** One trending row: `view_count` distinct viewers in the window, the latest 3 of them, and the last editor. */
export function serializeTrendingInsight(
  store: MockStore,
  insight: MockInsight,
  trend: { lastViewedAt: string; viewCount: number; viewerIds: readonly number[] },
): TrendingInsightAnswer {
  return {
    ...serializeInsightBasic(store, insight, { lastViewedAt: trend.lastViewedAt }),
    view_count: trend.viewCount,
    viewers: trend.viewerIds.flatMap((id) => serializeUserBasic(store, id) ?? []),
    last_modified_by: serializeUserBasic(store, insight.last_modified_by),
  }
}
