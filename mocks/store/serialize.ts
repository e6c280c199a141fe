import type { ActivityLogEntry } from '@/api/schemas/activity'
import type { Insight, InsightBasic, SearchMatchType } from '@/api/schemas/insight'
import type { SharingConfiguration } from '@/api/schemas/sharing'
import type { Threshold } from '@/api/schemas/threshold'
import type { UserBasic } from '@/api/schemas/user'
import type { MockStore } from './store'
import type { MockActivity, MockInsight, MockSharingConfiguration, MockThreshold } from './types'

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
  // Unused since `last_viewed_at` became "by anyone" as in PostHog; kept so callers (and other branches) stay as they are.
  _viewerId: number,
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
    // By anyone, as PostHog's list annotates it (see `lastViewedByAnyone`); `my_last_viewed` puts the user's own in.
    last_viewed_at: store.lastViewedByAnyone().get(insight.id) ?? null,
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

export function serializeActivity(store: MockStore, entry: MockActivity): ActivityLogEntry {
  return {
    id: entry.id,
    user: serializeUser(store, entry.user_id),
    activity: entry.activity,
    scope: entry.scope,
    item_id: entry.item_id,
    detail: { name: entry.detail.name, short_id: entry.detail.short_id, type: null, changes: entry.detail.changes },
    created_at: entry.created_at,
    is_system: entry.user_id === null,
  }
}

export function serializeSharing(store: MockStore, config: MockSharingConfiguration): SharingConfiguration {
  return {
    created_at: config.created_at,
    enabled: config.enabled,
    access_token: config.access_token,
    settings: config.settings,
    password_required: config.password_required,
    share_passwords: config.passwords
      .filter((password) => password.is_active)
      .map((password) => ({
        id: password.id,
        created_at: password.created_at,
        note: password.note,
        created_by_email: store.user(password.created_by)?.email ?? 'deleted user',
        is_active: password.is_active,
      })),
  }
}

export function serializeThreshold(threshold: MockThreshold): Threshold {
  return { id: threshold.id, created_at: threshold.created_at, name: threshold.name, configuration: threshold.configuration }
}
