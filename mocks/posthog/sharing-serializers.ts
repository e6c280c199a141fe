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

/**
 * `SharingViewerPageViewSet.retrieve` (posthog/api/sharing.py): the `exported_data` a shared insight's page embeds,
 * which `/shared/:access_token.json` answers as JSON (outside `/api/`). Always these keys; each of `SHARING_SETTINGS_KEYS` is added,
 * as `true`, only when the share's settings turn it on (`whitelabel` only with the white-labelling feature).
 */
export const sharedInsightExportedData = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharingViewerPageViewSet.retrieve (exported_data)',
  fields: ['type', 'accessToken', 'insight', 'themes'],
})

/**
 * `SharingViewerPageViewSet.retrieve`'s unlock page: a password-protected share read without a valid share token
 * renders `exporter.html` (HTML, status 200, `.json` or not) with only this `exported_data`, nothing of the insight.
 */
export const sharedUnlockExportedData = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharingViewerPageViewSet.retrieve (unlock page exported_data)',
  fields: ['type'],
})

/** `SharingViewerPageViewSet.retrieve`'s answer to a POST with a correct password: a literal dict with the JWT. */
export const sharedUnlockAnswer = postHogSerializer({
  source: 'posthog/api/sharing.py',
  className: 'SharingViewerPageViewSet.retrieve (POST password)',
  fields: ['shareToken'],
})

/** `DataColorThemeSerializer` (posthog/api/data_color_theme.py): `exported_data.themes`, the global and team themes. */
export const dataColorThemeSerializer = postHogSerializer({
  source: 'posthog/api/data_color_theme.py',
  className: 'DataColorThemeSerializer',
  fields: ['id', 'name', 'colors', 'is_global', 'created_at', 'created_by'],
  // A global theme (migration 0537_data_color_themes) has no creator.
  nullable: ['created_by'],
})

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
type DataColorThemeAnswer = Answer<typeof dataColorThemeSerializer>
export type SharedInsightAnswer = Answer<typeof sharedInsightExportedData> &
  Partial<Record<(typeof SHARING_SETTINGS_KEYS)[number], true>>
export type SharedUnlockExportedData = Answer<typeof sharedUnlockExportedData>
export type SharedUnlockAnswer = Answer<typeof sharedUnlockAnswer>

/** PostHog's global default theme; the demo projects add none of their own. */
const DEFAULT_THEME: DataColorThemeAnswer = {
  id: 1,
  name: 'Default Theme',
  colors: ['#1d4aff', '#621da6', '#42827e', '#ce0e74', '#f14f58', '#7c440e', '#529a0a', '#0476fb', '#fe729e', '#35416b'],
  is_global: true,
  created_at: '2024-11-21T00:00:00Z',
  created_by: null,
}

/**
 * The shared insight's `exported_data`. The demo organization has every feature, so `whitelabel` is honoured; it
 * is on the `scene` page unless `embedded` is asked for.
 */
export function serializeSharedInsight(
  config: MockSharingConfiguration,
  insight: unknown,
  embedded: boolean,
): SharedInsightAnswer {
  const answer: SharedInsightAnswer = {
    type: embedded ? 'embed' : 'scene',
    accessToken: config.access_token,
    insight,
    themes: [DEFAULT_THEME],
  }
  for (const flag of SHARING_SETTINGS_KEYS) if (config.settings?.[flag]) answer[flag] = true
  return answer
}
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
