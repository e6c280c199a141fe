import { http, HttpResponse, type HttpHandler } from 'msw'
import type { z } from 'zod/mini'
import { getMockStore, withExclusiveMockStore, type MockStore } from '../store/store'
import type { MockProject, MockUser } from '../store/types'
import { toCsv } from './csv'
import { MockApiError, fromZodError, methodNotAllowed, notFound, permissionDenied } from './errors'
import { MOCK_API_KEYS, getMockAuthMode, hasScope, mockLatency, takeChaos, takeMockFailure, type MockInstance } from './runtime'

/*
 * The single wrapper around every endpoint. It matches the path (both `/api/projects/:id/…` and
 * `/api/environments/:id/…`, with or without PostHog's trailing slash), waits the configured latency, applies the chaos
 * drill and injected failures, authenticates, resolves the project, checks the scope, parses the body with the contract schema, and
 * renders JSON, CSV or an error in PostHog's shape. Handler bodies only describe their endpoint's behaviour.
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface Reply {
  status: number
  body?: unknown
  /** An HTML page, sent as `text/html` instead of `body`: PostHog's rendered pages (`render_template`). */
  html?: string
}

export const ok = (body: unknown): Reply => ({ status: 200, body })
export const created = (body: unknown): Reply => ({ status: 201, body })
export const noContent = (): Reply => ({ status: 204 })
/** 201 without a body: what PostHog answers for fire-and-forget actions such as `viewed` and `cancel`. */
export const createdEmpty = (): Reply => ({ status: 201 })
/** An HTML page, as PostHog's template views (`render_template`, `render`) answer. */
export const htmlPage = (status: number, page: string): Reply => ({ status, html: page })

interface BaseContext {
  request: Request
  url: URL
  params: Readonly<Record<string, string>>
  store: MockStore
  /** The request body parsed with a contract schema; a mismatch answers 400 naming the field. */
  body<Schema extends z.ZodMiniType>(schema: Schema): Promise<z.output<Schema>>
  /** The JSON body as sent (`{}` when empty), for handlers that validate it field by field as their serializer does. */
  rawBody(): Promise<unknown>
  /** The query string, or for POST the JSON body merged over it (the legacy endpoints accept both). */
  param(name: string): string | null
  /** An absolute URL to this endpoint with some query parameters replaced (for `next`/`previous`). */
  pageUrl(changes: Readonly<Record<string, string | number | null>>): string
}

export interface PublicContext extends BaseContext {
  /** The bearer token sent, if any (the public viewer reads share tokens from it). */
  bearer: string | null
}

export interface ApiContext extends BaseContext {
  user: MockUser
}

export interface ProjectContext extends ApiContext {
  project: MockProject
}

type Access = 'public' | 'api' | 'project'
type ContextFor<A extends Access> = A extends 'project' ? ProjectContext : A extends 'api' ? ApiContext : PublicContext

interface Route {
  method: Method
  access: Access
  /** Scope a personal API key needs (`null`: any valid key). */
  scope: string | null
  /** The path as declared (`insights/:id/sharing`), by which a demo key's older instance names what it lacks. */
  path: string
  pattern: RegExp
  names: string[]
  specificity: number
  csv: boolean
  jsonOnly: boolean
  /** Called only with the context its `access` builds (see `dispatch`); the method form lets each route narrow it. */
  handle(context: ProjectContext | ApiContext | PublicContext): Promise<Reply> | Reply
}

interface RouteOptions {
  /** Answer `format=csv` with CSV (the list endpoints the API reference offers it on). */
  csv?: boolean
  /** Parse bodies with a `JSONParser` only, as PostHog's `InsightViewSet` does: any other media type answers 415. */
  jsonOnly?: boolean
}

function compile(path: string, access: Access): Pick<Route, 'pattern' | 'names' | 'specificity'> {
  const names: string[] = []
  let specificity = 0
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1))
        return '([^/]+)'
      }
      specificity += 1
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
  if (access === 'project') {
    names.unshift('projectId')
    specificity += 1
    segments.unshift('(?:projects|environments)', '([^/]+)')
  }
  return { pattern: new RegExp(`^${segments.join('/')}/?$`), names, specificity }
}

function define<A extends Access>(
  access: A,
  method: Method,
  path: string,
  scope: string | null,
  handle: (context: ContextFor<A>) => Promise<Reply> | Reply,
  options: RouteOptions = {},
): Route {
  return {
    method,
    access,
    scope,
    path,
    csv: options.csv ?? false,
    jsonOnly: options.jsonOnly ?? false,
    ...compile(path, access),
    handle,
  }
}

/** An endpoint below `/api/projects/:projectId/` (and `/api/environments/:projectId/`). */
export function projectRoute(
  method: Method,
  path: string,
  scope: string | null,
  handle: (context: ProjectContext) => Promise<Reply> | Reply,
  options?: RouteOptions,
): Route {
  return define('project', method, path, scope, handle, options)
}

/** An authenticated endpoint below `/api/` that is not project-scoped (`users/@me`, organization members). */
export function apiRoute(
  method: Method,
  path: string,
  scope: string | null,
  handle: (context: ApiContext) => Reply,
  options?: RouteOptions,
): Route {
  return define('api', method, path, scope, handle, options)
}

/** An endpoint anyone may call (the public viewer of shared insights). */
export function publicRoute(method: Method, path: string, handle: (context: PublicContext) => Promise<Reply> | Reply): Route {
  return define('public', method, path, null, handle)
}

export type { Route }

function errorResponse(error: MockApiError): Response {
  return HttpResponse.json(error.body, { status: error.status })
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization')
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null
  return match?.[1]?.trim() ?? null
}

/** A personal API key as the request carries it, and where: the 401 for an unknown key names the place. */
interface PersonalApiKey {
  key: string
  source: 'Authorization header' | 'body' | 'query string'
}

/**
 * PostHog's `PersonalAPIKeyAuthentication.find_key_with_source` (posthog/auth.py): only the first key found is tried,
 * looked for in this order: `Authorization: Bearer <key>` (matched by `^Bearer\s+(\S.+)$`, so the keyword's case
 * counts), `personal_api_key` in the request body, then `personal_api_key` in the query string.
 */
function findPersonalApiKey(request: Request, url: URL, body: unknown): PersonalApiKey | null {
  const header = request.headers.get('authorization')
  const match = header ? /^Bearer\s+(\S.+)$/.exec(header) : null
  if (match?.[1]) return { key: match[1].trim(), source: 'Authorization header' }
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'personal_api_key' in body) {
    return { key: String((body as Record<string, unknown>).personal_api_key), source: 'body' }
  }
  const query = url.searchParams.get('personal_api_key')
  return query === null ? null : { key: query, source: 'query string' }
}

function authenticate(route: Route, store: MockStore, credential: PersonalApiKey | null): MockUser {
  const sessionUser = store.user(1)
  if (getMockAuthMode() === 'session') {
    if (!sessionUser)
      throw new MockApiError(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.')
    return sessionUser
  }
  if (!credential)
    throw new MockApiError(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.')
  const key = MOCK_API_KEYS[credential.key]
  const user = key ? store.user(key.userId) : undefined
  if (!key || !user) {
    // `PersonalAPIKeyAuthentication.validate_key`: "Personal API key found in request {source} is invalid."
    throw new MockApiError(
      401,
      'authentication_error',
      'authentication_failed',
      `Personal API key found in request ${credential.source} is invalid.`,
    )
  }
  if (route.scope && !hasScope(key.scopes, route.scope)) throw permissionDenied(`API key missing required scope '${route.scope}'`)
  return user
}

/** The instance the request's key plays, if any: an older or cheaper PostHog (see MOCK_API_KEYS). */
function instanceOf(credential: PersonalApiKey | null): MockInstance | null {
  if (getMockAuthMode() === 'session' || !credential) return null
  return MOCK_API_KEYS[credential.key]?.instance ?? null
}

/** PostHog's `api_not_found` (posthog/api/__init__.py): any `/api/` path no route matches, before authentication. */
const endpointNotFound = (): MockApiError => notFound('Endpoint not found.')

/**
 * PostHog's `EnterpriseFeatureException` (posthog/exceptions.py) as a self-hosted instance words it, raised by
 * `PremiumFeaturePermission` (posthog/permissions.py) after the scope check; drf-exceptions-hog types a 402 `invalid_request`.
 */
function paymentRequired(feature: string): MockApiError {
  const name = feature.charAt(0).toUpperCase() + feature.slice(1).replaceAll('_', ' ')
  return new MockApiError(
    402,
    'invalid_request',
    'payment_required',
    `${name} is part of the premium PostHog offering. Self-hosted licenses are no longer available for purchase. Please contact sales@posthog.com to discuss options.`,
  )
}

/**
 * DRF's `UnsupportedMediaType` (415) when no parser of the view takes the body's media type: `InsightViewSet`'s only
 * parser is `QuerySchemaParser`, a `JSONParser` (`application/json`, parameters such as `charset` aside), so a form, plain
 * text or a body with no Content-Type at all is refused; an empty body is no data, not an error.
 */
async function requireJsonBody(request: Request): Promise<void> {
  if (request.method === 'GET' || request.method === 'HEAD') return
  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.split(';')[0]?.trim().toLowerCase() === 'application/json') return
  if ((await request.clone().text()) === '') return
  throw new MockApiError(415, 'invalid_request', 'unsupported_media_type', `Unsupported media type "${contentType}" in request.`)
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (!text.trim()) return {}
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON'
    throw new MockApiError(400, 'invalid_request', 'parse_error', `JSON parse error - ${reason}`)
  }
}

function match(
  routes: readonly Route[],
  path: string,
  method: string,
): { route: Route; values: string[] } | 'wrong-method' | null {
  let pathMatched = false
  for (const route of routes) {
    const result = route.pattern.exec(path)
    if (!result) continue
    pathMatched = true
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, values: result.slice(1) }
  }
  return pathMatched ? 'wrong-method' : null
}

function render(reply: Reply, csv: boolean): Response {
  if (reply.html !== undefined)
    return new HttpResponse(reply.html, { status: reply.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
  if (reply.status === 204 || reply.body === undefined) return new HttpResponse(null, { status: reply.status })
  if (csv)
    return new HttpResponse(toCsv(reply.body), { status: reply.status, headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
  return new HttpResponse(JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } })
}

async function wait(ms: number): Promise<void> {
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
}

/** How long a chaos "time-out" holds the answer back: far beyond any client's patience, yet not a leak forever. */
const CHAOS_HANG_MS = 120_000

/** Waits out the hang, ending early if the caller gives up on the request. */
function hang(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CHAOS_HANG_MS)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/**
 * The chaos drill strikes before the endpoint runs, so a request it fails never changes data: what the client was told
 * failed really did not happen.
 */
async function chaosResponse(request: Request): Promise<Response | null> {
  const { latency, failure } = takeChaos(request.method, request.url)
  await wait(latency)
  if (failure === 'drop') return HttpResponse.error()
  if (failure === 'timeout') {
    await hang(request.signal)
    return errorResponse(new MockApiError(504, 'server_error', 'error', 'Chaos drill: the answer never came.'))
  }
  if (failure === 'error')
    return errorResponse(new MockApiError(500, 'server_error', 'error', 'Chaos drill: a simulated server error.'))
  return null
}

async function dispatch(routes: readonly Route[], request: Request, root: RegExp): Promise<Response> {
  const url = new URL(request.url)
  // Matched still encoded: segments are decoded one by one below, so an encoded "/" never splits a segment.
  const path = url.pathname.replace(root, '')
  await wait(mockLatency())
  const chaos = await chaosResponse(request)
  if (chaos) return chaos
  // The body is received before the turn is taken, so a client that sends it slowly holds no other request back.
  const safe = request.method === 'GET' || request.method === 'HEAD'
  if (!safe) await request.clone().arrayBuffer()
  // After the simulated network time, so a slow answer never holds other requests (or other tabs) back.
  return withExclusiveMockStore(() => answer(routes, request, url, path), safe)
}

/** The endpoint's work, from reading the store to rendering the reply: one request at a time (see withExclusiveMockStore). */
async function answer(routes: readonly Route[], request: Request, url: URL, path: string): Promise<Response> {
  try {
    const failure = takeMockFailure(path)
    if (failure) throw new MockApiError(failure.status, 'server_error', 'error', failure.detail)
    const found = match(routes, path, request.method)
    if (found === null) throw endpointNotFound()
    if (found === 'wrong-method') throw methodNotAllowed(request.method)
    const { route, values } = found
    const params: Record<string, string> = {}
    route.names.forEach((name, index) => {
      try {
        params[name] = decodeURIComponent(values[index] ?? '')
      } catch {
        throw notFound()
      }
    })
    const store = getMockStore()
    let parsedBody: Promise<unknown> | null = null
    const rawBody = (): Promise<unknown> =>
      (parsedBody ??= request.method === 'GET' ? Promise.resolve({}) : readJson(request.clone()))
    const bodyParams = request.method === 'POST' ? await rawBody().catch(() => ({})) : {}
    const sentBody = request.method === 'GET' || request.method === 'HEAD' ? {} : await rawBody().catch(() => ({}))
    const credential = findPersonalApiKey(request, url, sentBody)
    const instance = instanceOf(credential)
    if (instance?.missingEndpoints.includes(route.path)) throw endpointNotFound()
    const base: BaseContext = {
      request,
      url,
      params,
      store,
      rawBody,
      async body(schema) {
        const data = await rawBody()
        const parsed = schema.safeParse(data)
        if (!parsed.success) throw fromZodError(parsed.error, data)
        return parsed.data
      },
      param(name) {
        if (typeof bodyParams === 'object' && bodyParams !== null && name in bodyParams) {
          const value: unknown = (bodyParams as Record<string, unknown>)[name]
          if (value !== undefined && value !== null) return typeof value === 'string' ? value : JSON.stringify(value)
        }
        return url.searchParams.get(name)
      },
      pageUrl(changes) {
        const next = new URL(url.href)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.searchParams.delete(key)
          else next.searchParams.set(key, String(value))
        }
        return next.href
      },
    }
    let reply: Reply
    if (route.access === 'public') {
      reply = await route.handle({ ...base, bearer: bearerToken(request) })
    } else {
      const user = authenticate(route, store, credential)
      if (route.jsonOnly) await requireJsonBody(request)
      const unpaid = instance?.missingFeatures.find(({ endpoints }) => endpoints.includes(route.path))
      if (unpaid) throw paymentRequired(unpaid.feature)
      if (route.access === 'project') {
        const project = /^\d+$/.test(params.projectId ?? '') ? store.project(Number(params.projectId)) : undefined
        if (!project) throw notFound('Project not found.')
        reply = await route.handle({ ...base, user, project })
      } else {
        reply = await route.handle({ ...base, user })
      }
    }
    return render(reply, route.csv && url.searchParams.get('format') === 'csv')
  } catch (error) {
    if (error instanceof MockApiError) return errorResponse(error)
    const detail = error instanceof Error ? error.message : 'A server error occurred.'
    return errorResponse(new MockApiError(500, 'server_error', 'error', detail))
  }
}

/**
 * Paths that start with `/api/`, on any origin (the page's own, or the HTTP mock server's). Only at the start: the dev
 * server serves source modules such as `/src/api/alerts.ts`, which the worker must leave alone.
 */
const API_URL = /^[a-z]+:\/\/[^/]+\/api\//

/** One MSW handler for the whole `/api/` tree. */
export function createApiHandler(routes: readonly Route[]): HttpHandler {
  const ordered = [...routes].sort((a, b) => b.specificity - a.specificity)
  return http.all(API_URL, ({ request }) => dispatch(ordered, request, /^\/api\//))
}

/**
 * One MSW handler for public routes outside `/api/` (PostHog's `/shared/…` pages), matched by `url` on any origin; the
 * routes' paths are relative to the site root. Same wrapper as the API: latency, chaos, one request at a time.
 */
export function createSiteHandler(url: RegExp, routes: readonly Route[]): HttpHandler {
  const ordered = [...routes].sort((a, b) => b.specificity - a.specificity)
  return http.all(url, ({ request }) => dispatch(ordered, request, /^\//))
}
