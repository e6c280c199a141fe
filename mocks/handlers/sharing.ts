import {
  SHARING_SETTINGS_KEYS,
  serializeSharing,
  serializeUnsavedSharing,
  type CreatedSharePasswordAnswer,
  type MockSharingSettings,
} from '../posthog/sharing-serializers'
import { createRandom, randomToken, randomUuid } from '../store/prng'
import { hashSharePassword } from '../store/share-passwords'
import type { MockInsight, MockSharingConfiguration } from '../store/types'
import { notFound, validationError } from './errors'
import { requireInsight } from './lookups'
import { created, noContent, ok, projectRoute, type ProjectContext, type Reply } from './router'

// Tokens and generated passwords must not be guessable from the seed, so they draw from a clock-seeded generator.
const secrets = createRandom((Date.now() ^ 0x5eed) >>> 0)
const ACCESS_TOKEN_LENGTH = 22
const GENERATED_PASSWORD_LENGTH = 16
/** `SharePasswordCreateSerializer`: `raw_password` at least 8 characters when given, `note` at most 100. */
const SHARE_PASSWORD_MIN_LENGTH = 8
const SHARE_PASSWORD_NOTE_MAX_LENGTH = 100

/** `SharingConfigurationViewSet` answers its own refusals as `{"error": …}`, not in DRF's error shape. */
const sharingError = (status: number, error: string): Reply => ({ status, body: { error } })

/** PostHog saves the configuration only on the first write, so reads never create one. */
function ensureConfig(context: ProjectContext, insight: MockInsight): MockSharingConfiguration {
  const existing = context.store.sharingFor(insight.id)
  if (existing) return existing
  const config: MockSharingConfiguration = {
    insight_id: insight.id,
    project_id: insight.project_id,
    created_at: context.store.nowIso(),
    enabled: false,
    access_token: randomToken(secrets, ACCESS_TOKEN_LENGTH),
    settings: null,
    password_required: false,
    passwords: [],
    share_tokens: [],
  }
  context.store.db.sharing.push(config)
  return config
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function booleanField(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') throw validationError(name, 'Must be a valid boolean.')
  return value
}

/** `SharingConfigurationSerializer.validate_settings`: unknown keys and Nones dropped; a non-boolean is invalid. */
function settingsField(body: Record<string, unknown>): MockSharingSettings | null | undefined {
  const value = body.settings
  if (value === undefined || value === null) return value
  if (!isRecord(value)) throw validationError('settings', 'Invalid settings format')
  const settings: MockSharingSettings = {}
  for (const key of SHARING_SETTINGS_KEYS) {
    const setting = value[key]
    if (setting === undefined || setting === null) continue
    if (typeof setting !== 'boolean') throw validationError('settings', 'Invalid settings format')
    settings[key] = setting
  }
  return settings
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw validationError(name, 'Not a valid string.')
  return value
}

async function objectBody(context: ProjectContext): Promise<Record<string, unknown>> {
  const body = await context.rawBody()
  if (!isRecord(body)) throw validationError('non_field_errors', 'Invalid data. Expected a dictionary, but got list.')
  return body
}

export const sharingHandlers = [
  projectRoute('GET', 'insights/:id/sharing', 'sharing_configuration:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const config = context.store.sharingFor(insight.id)
    // An unsaved configuration carries the model's default token, drawn anew on every read until it is saved.
    return ok(
      config ? serializeSharing(context.store, config) : serializeUnsavedSharing(randomToken(secrets, ACCESS_TOKEN_LENGTH)),
    )
  }),

  projectRoute('PATCH', 'insights/:id/sharing', 'sharing_configuration:write', async (context) => {
    const insight = requireInsight(context, context.params.id)
    const body = await objectBody(context)
    const enabled = booleanField(body, 'enabled')
    const passwordRequired = booleanField(body, 'password_required')
    const settings = settingsField(body)
    const config = ensureConfig(context, insight)
    if (enabled !== undefined) config.enabled = enabled
    if (settings !== undefined) config.settings = settings
    if (passwordRequired !== undefined) config.password_required = passwordRequired
    // `SharingConfigurationViewSet.patch` logs every PATCH, named after the resulting state, with one change.
    context.store.logActivity(insight, config.enabled ? 'sharing enabled' : 'sharing disabled', context.user.id, [
      { type: 'Insight', action: 'changed', field: 'sharing', after: config.enabled },
    ])
    context.store.commit()
    return ok(serializeSharing(context.store, config))
  }),

  projectRoute('POST', 'insights/:id/sharing/refresh', 'sharing_configuration:write', (context) => {
    const insight = requireInsight(context, context.params.id)
    const config = ensureConfig(context, insight)
    config.access_token = randomToken(secrets, ACCESS_TOKEN_LENGTH)
    // Unlocks of the old link die with it.
    config.share_tokens = []
    context.store.logActivity(insight, 'access token refreshed', context.user.id, null)
    context.store.commit()
    return ok(serializeSharing(context.store, config))
  }),

  projectRoute('POST', 'insights/:id/sharing/passwords', 'sharing_configuration:write', async (context) => {
    const insight = requireInsight(context, context.params.id)
    const config = context.store.sharingFor(insight.id)
    if (!config?.password_required) return sharingError(400, 'Password protection must be enabled before creating passwords')
    const body = await objectBody(context)
    const rawPassword = stringField(body, 'raw_password')
    const note = stringField(body, 'note') ?? ''
    if (rawPassword && rawPassword.length < SHARE_PASSWORD_MIN_LENGTH) {
      throw validationError('raw_password', `Password must be at least ${SHARE_PASSWORD_MIN_LENGTH} characters long.`)
    }
    if (note.length > SHARE_PASSWORD_NOTE_MAX_LENGTH) {
      throw validationError(
        'note',
        `Ensure this field has no more than ${SHARE_PASSWORD_NOTE_MAX_LENGTH} characters.`,
        'max_length',
      )
    }
    const password = rawPassword || randomToken(secrets, GENERATED_PASSWORD_LENGTH)
    const entry = {
      id: randomUuid(secrets),
      created_at: context.store.nowIso(),
      note,
      created_by: context.user.id,
      password_hash: hashSharePassword(password),
      is_active: true,
    }
    config.passwords.push(entry)
    context.store.commit()
    const answer: CreatedSharePasswordAnswer = {
      id: entry.id,
      password,
      note: entry.note,
      created_at: entry.created_at,
      created_by_email: context.user.email,
    }
    return created(answer)
  }),

  projectRoute('DELETE', 'insights/:id/sharing/passwords/:passwordId', 'sharing_configuration:write', (context) => {
    const insight = requireInsight(context, context.params.id)
    const password = context.store
      .sharingFor(insight.id)
      ?.passwords.find((entry) => entry.id === context.params.passwordId && entry.is_active)
    if (!password) throw notFound('Password not found')
    password.is_active = false
    context.store.commit()
    return noContent()
  }),
]
