import { serializeInsight } from '../posthog/insight-serializers'
import {
  serializeSharedInsight,
  type SharedInsightAnswer,
  type SharedUnlockAnswer,
  type SharedUnlockExportedData,
} from '../posthog/sharing-serializers'
import { checkSharePassword } from '../store/share-passwords'
import { createRandom, randomToken } from '../store/prng'
import type { MockSharingConfiguration } from '../store/types'
import { notFound } from './errors'
import { createSiteHandler, htmlPage, ok, publicRoute, type PublicContext, type Reply, type Route } from './router'

/*
 * The public viewer of a shared insight: `SharingViewerPageViewSet.retrieve` (posthog/api/sharing.py), served by
 * PostHog outside `/api/`, at `/shared/:access_token` (and `/embedded/:access_token`) as an HTML page embedding
 * `exported_data`, and at `/shared/:access_token.json` as that data in JSON; a POST to either trades a password.
 * - An unknown, disabled or expired token is `custom_404_response`: PostHog's HTML 404 page (`shared_resource_404.html`),
 *   for `.json` too. (The mock's shares never expire.)
 * - A password-protected share read (GET) without a valid share token (`Authorization: Bearer <shareToken>`, what
 *   `SharingPasswordProtectedAuthentication` reads) renders the unlock page: HTML, status 200, `exported_data`
 *   `{"type": "unlock"}` and nothing of the insight, for `.json` too. A stale or unknown token is no token at all.
 * - POST `{password}` of a protected share answers `{shareToken}` for an active password, else 401
 *   `{"error": "Incorrect password"}`; POST to an open share answers as GET would.
 * - Otherwise `exported_data` (`serializeSharedInsight`): `{type, accessToken, insight, themes}` plus each setting
 *   that is on as a top-level `true`. A deleted insight raises `NotFound("No resource found")`: DRF's JSON 404.
 * The `.json` form is in `sharedHandlers` (browser, tests, HTTP server); the HTML page only in `sharedPageHandlers`,
 * which the HTTP mock server adds so a handed-out link opens (in the browser `/shared/:token` is the app's viewer).
 */

const tokens = createRandom((Date.now() ^ 0x5a4e) >>> 0)
/** Old unlock tokens are forgotten after this many, so the store does not grow without bound. */
const KEPT_SHARE_TOKENS = 20

/** Escapes text for HTML element content and double-quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** `exported_data` as a script literal: `<`, U+2028 and U+2029 escaped so no value can end the script or break it. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** A stand-in for PostHog's `exporter.html`: the title, then `window.POSTHOG_EXPORTED_DATA` as PostHog sets it. */
function exporterPage(title: string, body: string, exportedData: unknown): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body>${body}`,
    `<script>window.POSTHOG_EXPORTED_DATA = ${scriptJson(exportedData)};</script>`,
    '</body>',
    '</html>',
  ].join('\n')
}

/** `custom_404_response`: `render(request, "shared_resource_404.html", status=404)`. */
const sharedNotFound = (): Reply =>
  htmlPage(
    404,
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>This shared resource was not found</h1></body></html>',
  )

/** The unlock page: `exporter.html` with `{"type": "unlock"}` and no `add_og_tags`, whatever the extension. */
const UNLOCK_DATA: SharedUnlockExportedData = { type: 'unlock' }
const unlockPage = (): Reply => htmlPage(200, exporterPage('PostHog', '<h1>This content is password protected</h1>', UNLOCK_DATA))

function findShare(context: PublicContext): MockSharingConfiguration | null {
  // `get_object`: `self.kwargs["access_token"].split(".")[0]`, so `.json` (or any extension) is not part of the token.
  const accessToken = context.params.accessToken?.split('.')[0]
  const config = context.store.db.sharing.find((entry) => entry.access_token === accessToken)
  return config?.enabled ? config : null
}

const isJson = (context: PublicContext) => context.url.pathname.replace(/\/+$/, '').endsWith('.json')

/** `embedded = "embedded" in request.GET or "/embedded/" in request.path`. */
const isEmbedded = (context: PublicContext) =>
  context.url.searchParams.has('embedded') || context.url.pathname.startsWith('/embedded/')

function exportedData(context: PublicContext, config: MockSharingConfiguration): { data: SharedInsightAnswer; title: string } {
  const insight = context.store.insight(config.insight_id)
  if (!insight || insight.deleted) throw notFound('No resource found')
  const serialized = serializeInsight(context.store, insight, { lastViewedAt: null, alerts: [] })
  const title = insight.name || insight.derived_name || 'Untitled insight'
  return { data: serializeSharedInsight(config, serialized, isEmbedded(context)), title }
}

/** The share's full answer: JSON for `.json`, else the page naming the insight. */
function sharedAnswer(context: PublicContext, config: MockSharingConfiguration): Reply {
  const { data, title } = exportedData(context, config)
  if (isJson(context)) return ok(data)
  return htmlPage(200, exporterPage(title, `<h1>${escapeHtml(title)}</h1>`, data))
}

function retrieve(context: PublicContext): Reply {
  const config = findShare(context)
  if (!config) return sharedNotFound()
  if (config.password_required) {
    const token = context.bearer
    if (!token || !config.share_tokens.includes(token)) return unlockPage()
  }
  return sharedAnswer(context, config)
}

async function unlock(context: PublicContext): Promise<Reply> {
  const config = findShare(context)
  if (!config) return sharedNotFound()
  if (!config.password_required) return sharedAnswer(context, config)
  // `if "password" in request.data`: anything else, or no body at all, is an incorrect password.
  const body = await context.rawBody().catch(() => null)
  const password: unknown = typeof body === 'object' && body !== null && 'password' in body ? body.password : null
  const valid =
    typeof password === 'string' &&
    config.passwords.some((entry) => entry.is_active && checkSharePassword(password, entry.password_hash))
  if (!valid) return { status: 401, body: { error: 'Incorrect password' } }
  const shareToken = randomToken(tokens, 32)
  config.share_tokens = [...config.share_tokens, shareToken].slice(-KEPT_SHARE_TOKENS)
  context.store.commit()
  const answer: SharedUnlockAnswer = { shareToken }
  return ok(answer)
}

const routes: Route[] = ['shared', 'embedded'].flatMap((page) => [
  publicRoute('GET', `${page}/:accessToken`, retrieve),
  publicRoute('POST', `${page}/:accessToken`, unlock),
])

/** `/shared/:access_token.json` and `/embedded/:access_token.json`, on any origin. */
const SHARED_JSON_URL = /^[a-z]+:\/\/[^/]+\/(?:shared|embedded)\/[^/]+\.json\/?$/
/** The pages themselves, `/shared/:access_token` and `/embedded/:access_token` without an extension. */
const SHARED_PAGE_URL = /^[a-z]+:\/\/[^/]+\/(?:shared|embedded)\/[^/.]+\/?$/

export const sharedHandlers = [createSiteHandler(SHARED_JSON_URL, routes)]
export const sharedPageHandlers = [createSiteHandler(SHARED_PAGE_URL, routes)]
