import type { MockStore } from '../store/store'
import type { MockActivity } from '../store/types'
import { postHogSerializer } from './inventory'

/*
 * PostHog's activity log, as posthog/models/activity_logging/serializers.py sends it. The insight activity endpoints
 * answer a page of these through `activity_page_response` (posthog/models/activity_logging/activity_page.py):
 * `{results, next, previous, total_count}`, paged by `limit` and a 1-based `page`.
 */

/** `ActivityLogSerializer` (component `ActivityLogEntry`): no top-level `is_system`, no team or organization. */
export const activityLogSerializer = postHogSerializer({
  source: 'posthog/models/activity_logging/serializers.py',
  className: 'ActivityLogSerializer',
  fields: ['id', 'user', 'activity', 'scope', 'item_id', 'detail', 'created_at'],
  // `ActivityLog.item_id` and `ActivityLog.detail` are `null=True`.
  nullable: ['item_id', 'detail'],
})

/** `UserMinimalSerializer`: what `get_user` sends for an entry a person made. */
export const userMinimalSerializer = postHogSerializer({
  source: 'posthog/models/activity_logging/serializers.py',
  className: 'UserMinimalSerializer',
  fields: ['first_name', 'email'],
})

/**
 * `ActivityLogSerializer.get_user` for an entry nobody made by hand: a literal dict, not a serializer.
 * Its `email` is None.
 */
export const systemActivityUser = postHogSerializer({
  source: 'posthog/models/activity_logging/serializers.py',
  className: 'ActivityLogSerializer.get_user (is_system)',
  fields: ['first_name', 'email', 'is_system'],
  nullable: ['email'],
})

/**
 * `DetailSerializer` over the stored `Detail` dataclass (posthog/models/activity_logging/activity_log.py): the
 * dataclass stores every one of these keys (None when unset). The serializer's `id` is skipped: `Detail` has no such
 * key, and DRF drops a non-required field the instance lacks.
 */
export const activityDetailSerializer = postHogSerializer({
  source: 'posthog/models/activity_logging/serializers.py',
  className: 'DetailSerializer',
  fields: ['changes', 'merge', 'trigger', 'name', 'short_id', 'type'],
  nullable: ['changes', 'merge', 'trigger', 'name', 'short_id', 'type'],
})

/** `ChangeSerializer` over the stored `Change` dataclass: `field`, `before` and `after` default to None. */
export const activityChangeSerializer = postHogSerializer({
  source: 'posthog/models/activity_logging/serializers.py',
  className: 'ChangeSerializer',
  fields: ['type', 'action', 'field', 'before', 'after'],
  nullable: ['field', 'before', 'after'],
})

/** One stored change, as the mock writes it (PostHog's `Change` dataclass). */
export interface MockActivityChange {
  type: string
  action: string
  field?: string | null
  before?: unknown
  after?: unknown
}

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type ActivityLogAnswer = Answer<typeof activityLogSerializer>
type ActivityDetailAnswer = Answer<typeof activityDetailSerializer>
type ActivityChangeAnswer = Answer<typeof activityChangeSerializer>
type UserMinimalAnswer = Answer<typeof userMinimalSerializer>
type SystemUserAnswer = Answer<typeof systemActivityUser>

/** `ActivityLog.id` is a UUIDField; the mock numbers entries and writes the number into a UUID-shaped id. */
export function activityUuid(sequence: number): string {
  const hex = sequence.toString(16).padStart(12, '0')
  return `00000000-0000-4000-8000-${hex.slice(-12)}`
}

function serializeChange(change: MockActivityChange): ActivityChangeAnswer {
  return {
    type: change.type,
    action: change.action,
    field: change.field ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  }
}

function serializeDetail(entry: MockActivity): ActivityDetailAnswer | null {
  const detail = entry.detail
  if (!detail) return null
  return {
    changes: detail.changes?.map(serializeChange) ?? null,
    merge: null,
    trigger: null,
    name: detail.name,
    short_id: detail.short_id,
    type: null,
  }
}

function serializeActor(store: MockStore, entry: MockActivity): UserMinimalAnswer | SystemUserAnswer {
  if (entry.user_id === null) return { first_name: 'System', email: null, is_system: true }
  // A deleted user: `UserMinimalSerializer(None).data` holds each field's empty initial value.
  const user = store.user(entry.user_id)
  return { first_name: user?.first_name ?? '', email: user?.email ?? '' }
}

export function serializeActivity(store: MockStore, entry: MockActivity): ActivityLogAnswer {
  return {
    id: entry.id,
    user: serializeActor(store, entry),
    activity: entry.activity,
    scope: entry.scope,
    item_id: entry.item_id,
    detail: serializeDetail(entry),
    created_at: entry.created_at,
  }
}
