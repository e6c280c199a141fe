import type { MockStore } from '../store/store'
import type { MockSharingConfiguration } from '../store/types'
import { postHogSerializer } from './inventory'

/* Sharing an insight, as posthog/api/sharing.py sends it (`SharingConfigurationViewSet`, no pagination). */

/**
 * `SharingConfigurationSerializer`. Before sharing was ever enabled PostHog answers an unsaved configuration:
 * `created_at` is None, `access_token` already holds the model's default token, and `share_passwords` is [].
 */
export const sharingConfigurationSerializer = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharingConfigurationSerializer',
  fields: ['created_at', 'enabled', 'access_token', 'settings', 'password_required', 'share_passwords'],
  nullable: ['created_at', 'settings'],
})

/** `SharePasswordSerializer`: a password is never listed, only its note and who made it ("deleted user" if gone). */
export const sharePasswordSerializer = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharePasswordSerializer',
  fields: ['id', 'created_at', 'note', 'created_by_email', 'is_active'],
})

/** `SharingConfigurationViewSet.create_password`'s 201 body: a literal dict, the only answer with the raw password. */
export const createdSharePassword = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharingConfigurationViewSet.create_password',
  fields: ['id', 'password', 'note', 'created_at', 'created_by_email'],
})

/**
 * The keys `SharingConfigurationSettings` (posthog/schema.py) knows. `validate_settings` drops any other key and every
 * None before it stores the settings.
 */
export const SHARING_SETTINGS_KEYS = [
  'whitelabel',
  'noHeader',
  'showInspector',
  'legend',
  'detailed',
  'hideExtraDetails',
] as const
export type MockSharingSettings = Partial<Record<(typeof SHARING_SETTINGS_KEYS)[number], boolean>>

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type SharingConfigurationAnswer = Answer<typeof sharingConfigurationSerializer>
export type CreatedSharePasswordAnswer = Answer<typeof createdSharePassword>

export function serializeSharing(store: MockStore, config: MockSharingConfiguration): SharingConfigurationAnswer {
  return {
    created_at: config.created_at,
    enabled: config.enabled,
    access_token: config.access_token,
    settings: config.settings,
    password_required: config.password_required,
    share_passwords: config.passwords
      .filter((password) => password.is_active)
      .map((password): Answer<typeof sharePasswordSerializer> => ({
        id: password.id,
        created_at: password.created_at,
        note: password.note,
        created_by_email: store.user(password.created_by)?.email ?? 'deleted user',
        is_active: password.is_active,
      })),
  }
}

/** What GET answers for an insight never shared: PostHog's unsaved `SharingConfiguration` with its default token. */
export function serializeUnsavedSharing(accessToken: string): SharingConfigurationAnswer {
  return {
    created_at: null,
    enabled: false,
    access_token: accessToken,
    settings: null,
    password_required: false,
    share_passwords: [],
  }
}
