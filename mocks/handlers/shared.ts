import { z } from 'zod/mini'
import { serializeInsight } from '../posthog/insight-serializers'
import { serializeSharedInsight } from '../posthog/sharing-serializers'
import { checkSharePassword } from '../store/share-passwords'
import { createRandom, randomToken } from '../store/prng'
import type { MockSharingConfiguration } from '../store/types'
import { MockApiError, notFound } from './errors'
import { ok, publicRoute, type PublicContext } from './router'

/** The unlock form's body: PostHog's SharingViewerPageViewSet reads `request.data.get("password")`. */
const unlockRequestSchema = z.object({ password: z.string() })

/*
 * The public viewer of a shared insight, `SharingViewerPageViewSet` (posthog/api/sharing.py). PostHog serves it at
 * `/shared/:access_token` as an HTML page embedding `exported_data`, and as JSON at `/shared/:access_token.json`; a
 * POST to the same path trades the password of a protected share for `{shareToken}`. The mock answers the JSON form
 * at `/api/shared/:access_token/`:
 * - GET answers `exported_data` (`serializeSharedInsight`): `{type, accessToken, insight, themes}` plus the settings
 *   that are on as top-level `true` flags; 404 for an unknown or disabled link or a deleted insight.
 * - A protected link without a valid share token (`Authorization: Bearer <shareToken>`, as PostHog's
 *   `SharingPasswordProtectedAuthentication` reads it, or the mock's `?share_token=`) answers 401. PostHog renders
 *   the HTML unlock page instead (`exported_data` `{type: "unlock"}`, status 200, even for `.json`), which no JSON
 *   client can read; the 401 is the mock's stand-in for it.
 * - POST `{password}` answers `{shareToken}` when the password matches an active one, else 401 "Incorrect password".
 */

const tokens = createRandom((Date.now() ^ 0x5a4e) >>> 0)
/** Old unlock tokens are forgotten after this many, so the store does not grow without bound. */
const KEPT_SHARE_TOKENS = 20
function liveShare(context: PublicContext): MockSharingConfiguration {
  const config = context.store.db.sharing.find((entry) => entry.access_token === context.params.accessToken?.split('.')[0])
  const insight = config ? context.store.insight(config.insight_id) : undefined
  if (!config?.enabled || !insight || insight.deleted) throw notFound()
  return config
}

function sharedInsight(context: PublicContext, config: MockSharingConfiguration) {
  const insight = context.store.insight(config.insight_id)
  if (!insight) throw notFound()
  return serializeSharedInsight(
    config,
    serializeInsight(context.store, insight, { lastViewedAt: null, alerts: [] }),
    context.url.searchParams.has('embedded'),
  )
}

export const sharedHandlers = [
  publicRoute('GET', 'shared/:accessToken', (context) => {
    const config = liveShare(context)
    if (config.password_required) {
      const token = context.bearer ?? context.url.searchParams.get('share_token')
      if (!token || !config.share_tokens.includes(token)) {
        throw new MockApiError(401, 'authentication_error', 'not_authenticated', 'This shared insight is password protected.')
      }
    }
    return ok(sharedInsight(context, config))
  }),

  publicRoute('POST', 'shared/:accessToken', async (context) => {
    const config = liveShare(context)
    if (!config.password_required) return ok(sharedInsight(context, config))
    const { password } = await context.body(unlockRequestSchema)
    const valid = config.passwords.some((entry) => entry.is_active && checkSharePassword(password, entry.password_hash))
    if (!valid) throw new MockApiError(401, 'authentication_error', 'authentication_failed', 'Incorrect password')
    const shareToken = randomToken(tokens, 32)
    config.share_tokens = [...config.share_tokens, shareToken].slice(-KEPT_SHARE_TOKENS)
    context.store.commit()
    return ok({ shareToken })
  }),
]
