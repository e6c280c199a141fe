import type { ActivityChange } from '@/api/schemas/activity'
import { sharePasswordCreateSchema, sharingConfigurationUpdateSchema, type SharingConfiguration } from '@/api/schemas/sharing'
import { createRandom, randomToken, randomUuid } from '../store/prng'
import { serializeSharing } from '../store/serialize'
import { hashSharePassword } from '../store/share-passwords'
import type { MockInsight, MockSharingConfiguration } from '../store/types'
import { notFound, validationError } from './errors'
import { requireInsight } from './lookups'
import { created, noContent, ok, projectRoute, type ProjectContext } from './router'

// Tokens and generated passwords must not be guessable from the seed, so they draw from a clock-seeded generator.
const secrets = createRandom((Date.now() ^ 0x5eed) >>> 0)
const ACCESS_TOKEN_LENGTH = 22
const GENERATED_PASSWORD_LENGTH = 16

/** What PostHog answers before sharing was ever enabled: an unsaved configuration. */
const UNSAVED: SharingConfiguration = {
  created_at: null,
  enabled: false,
  access_token: null,
  settings: null,
  password_required: false,
  share_passwords: [],
}

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

function sharingActivity(enabled: boolean): string {
  return enabled ? 'sharing enabled' : 'sharing disabled'
}

export const sharingHandlers = [
  projectRoute('GET', 'insights/:id/sharing', 'sharing_configuration:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const config = context.store.sharingFor(insight.id)
    return ok(config ? serializeSharing(context.store, config) : UNSAVED)
  }),

  projectRoute('PATCH', 'insights/:id/sharing', 'sharing_configuration:write', async (context) => {
    const insight = requireInsight(context, context.params.id)
    const body = await context.body(sharingConfigurationUpdateSchema)
    const config = ensureConfig(context, insight)
    const changes: ActivityChange[] = []
    const before = { enabled: config.enabled, settings: config.settings, password_required: config.password_required }
    if (body.enabled !== undefined) config.enabled = body.enabled
    if (body.settings !== undefined) config.settings = body.settings
    if (body.password_required !== undefined) config.password_required = body.password_required
    changes.push({ type: 'Insight', action: 'changed', field: 'sharing', before: before.enabled, after: config.enabled })
    if (JSON.stringify(before.settings) !== JSON.stringify(config.settings)) {
      changes.push({
        type: 'Insight',
        action: 'changed',
        field: 'sharing_settings',
        before: before.settings,
        after: config.settings,
      })
    }
    if (before.password_required !== config.password_required) {
      changes.push({
        type: 'Insight',
        action: 'changed',
        field: 'password_required',
        before: before.password_required,
        after: config.password_required,
      })
    }
    // PostHog logs every sharing PATCH, named after the resulting state.
    context.store.logActivity(insight, sharingActivity(config.enabled), context.user.id, changes)
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
    if (!config?.password_required) throw validationError(null, 'Password protection must be enabled before creating passwords')
    const body = await context.body(sharePasswordCreateSchema)
    const password = body.raw_password || randomToken(secrets, GENERATED_PASSWORD_LENGTH)
    const entry = {
      id: randomUuid(secrets),
      created_at: context.store.nowIso(),
      note: body.note ?? '',
      created_by: context.user.id,
      password_hash: hashSharePassword(password),
      is_active: true,
    }
    config.passwords.push(entry)
    context.store.logActivity(insight, 'share password created', context.user.id, [
      { type: 'Insight', action: 'created', field: 'share_password', before: null, after: entry.note || 'Untitled password' },
    ])
    context.store.commit()
    return created({
      id: entry.id,
      password,
      note: entry.note,
      created_at: entry.created_at,
      created_by_email: context.user.email,
    })
  }),

  projectRoute('DELETE', 'insights/:id/sharing/passwords/:passwordId', 'sharing_configuration:write', (context) => {
    const insight = requireInsight(context, context.params.id)
    const password = context.store
      .sharingFor(insight.id)
      ?.passwords.find((entry) => entry.id === context.params.passwordId && entry.is_active)
    if (!password) throw notFound('Password not found')
    password.is_active = false
    context.store.logActivity(insight, 'share password deleted', context.user.id, [
      { type: 'Insight', action: 'deleted', field: 'share_password', before: password.note || 'Untitled password', after: null },
    ])
    context.store.commit()
    return noContent()
  }),
]
