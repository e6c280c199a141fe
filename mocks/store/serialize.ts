import type { Insight, InsightBasic, SearchMatchType } from '@/api/schemas/insight'
import type { UserBasic } from '@/api/schemas/user'
import type { MockStore } from './store'
import type { MockInsight } from './types'

/* Rows → API representations, in the serializers' field names. Users are resolved here, never stored nested. */

export function serializeUser(store: MockStore, id: number | null): UserBasic | null {
  const user = store.user(id)
  if (!user) return null
  return {
    id: user.id,
    uuid: user.uuid,
    distinct_id: user.distinct_id,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
  }
}

export function serializeInsightBasic(
  store: MockStore,
  insight: MockInsight,
  viewerId: number,
  match: SearchMatchType | null = null,
): InsightBasic {
  return {
    id: insight.id,
    short_id: insight.short_id,
    name: insight.name,
    derived_name: insight.derived_name,
    query: insight.query,
    // InsightSerializer's `filters`: the legacy filters of an insight saved before queries existed.
    ...(insight.filters ? { filters: insight.filters } : {}),
    dashboards: [...insight.dashboards],
    description: insight.description,
    tags: [...insight.tags],
    favorited: insight.favorited,
    saved: insight.saved,
    deleted: insight.deleted,
    created_at: insight.created_at,
    created_by: serializeUser(store, insight.created_by),
    last_modified_at: insight.last_modified_at,
    last_modified_by: serializeUser(store, insight.last_modified_by),
    last_refresh: insight.last_refresh,
    last_viewed_at: store.lastViewed(viewerId).get(insight.id) ?? null,
    user_access_level: 'editor',
    ...(match ? { search_match_type: match } : {}),
  }
}

export function serializeInsight(
  store: MockStore,
  insight: MockInsight,
  viewerId: number,
  match: SearchMatchType | null = null,
): Insight {
  const { result, columns } = store.resultOf(insight)
  const full = {
    ...serializeInsightBasic(store, insight, viewerId, match),
    order: insight.order,
    deleted: insight.deleted,
    last_modified_by: serializeUser(store, insight.last_modified_by),
    result,
    columns,
    is_cached: true,
    timezone: store.project(insight.project_id)?.timezone ?? 'UTC',
    // InsightSerializer (PostHog) lists `is_sample` among its fields; InsightBasicSerializer does not.
    is_sample: insight.is_sample ?? false,
  }
  return full
}
