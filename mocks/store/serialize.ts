import type { SharingConfiguration } from '@/api/schemas/sharing'
import type { Threshold } from '@/api/schemas/threshold'
import type { MockStore } from './store'
import { serializeUserBasic } from '../posthog/user-serializers'
import type { MockActivity, MockSharingConfiguration, MockThreshold } from './types'

/* Rows → API representations, in the serializers' field names. Insights and users: see mocks/posthog/. */

export function serializeActivity(store: MockStore, entry: MockActivity) {
  return {
    id: entry.id,
    user: serializeUserBasic(store, entry.user_id),
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
