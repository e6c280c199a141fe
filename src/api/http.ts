import { takeEarlyResponse } from './early-requests'
import type { z } from 'zod/mini'
import { apiErrorBodySchema, plainErrorBodySchema } from './schemas/error'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'

/** Every failure of a request, in PostHog's error shape plus the HTTP status (0 = the request never got an answer). */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly code: string | null
  readonly detail: string
  readonly attr: string | null
  /** The request's method when the client sent it, so a caller can tell whether repeating it is harmless. */
  readonly method: string | null
  /** The path below `/api/` it was sent to, so an answer such as 404 or 403 can say which feature is missing here. */
  readonly path: string | null

  constructor(
    status: number,
    body: { type: string; code?: string | null; detail: string; attr?: string | null },
    method: string | null = null,
    path: string | null = null,
  ) {
    super(body.detail)
    this.name = 'ApiError'
    this.status = status
    this.type = body.type
    this.code = body.code ?? null
    this.detail = body.detail
    this.attr = body.attr ?? null
    this.method = method
    this.path = path
  }

  /** Worth retrying: the server failed or never answered; a 4xx will answer the same again. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500
  }
}

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[]
export type QueryParams = Record<string, QueryValue>

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Path below the API root, e.g. `users/@me/`; use `projectPath` for project-scoped resources. */
  path: string
  query?: QueryParams
  body?: unknown
  signal?: AbortSignal
  /** Settings to use instead of the saved ones (Settings' "Check compatibility" tries unsaved values). */
  connection?: ConnectionSettings
  /** `path` is below the host's root, not `/api/`: PostHog's public `/shared/…` pages. */
  outsideApi?: boolean
  /** Sent after the connection's own; the public viewer's share token goes here, never the API key. */
  headers?: Readonly<Record<string, string>>
}

/** `projects/1/insights/` or `environments/1/insights/`, following the connection's path family. */
export function projectPath(rest: string, connection: ConnectionSettings = getConnection()): string {
  return `${connection.pathFamily}/${encodeURIComponent(connection.projectId)}/${rest}`
}

function serializeQuery(query: QueryParams | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === false || value === '') continue
    // PostHog reads list filters (created_by, tags, dashboards) as JSON arrays.
    params.set(key, Array.isArray(value) ? JSON.stringify(value) : String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function apiUrl(path: string, query?: QueryParams, connection: ConnectionSettings = getConnection()): string {
  const host = connection.mode === 'api' ? connection.host.replace(/\/+$/, '') : ''
  return `${host}/api/${path.replace(/^\/+/, '')}${serializeQuery(query)}`
}

/** `shared/abc.json` on the connection's host: for the few PostHog paths outside `/api/`. */
export function siteUrl(path: string, query?: QueryParams, connection: ConnectionSettings = getConnection()): string {
  const host = connection.mode === 'api' ? connection.host.replace(/\/+$/, '') : ''
  return `${host}/${path.replace(/^\/+/, '')}${serializeQuery(query)}`
}

function describeStatus(status: number): string {
  if (status === 401) return 'The API key was not accepted. Check it in Settings.'
  if (status === 402) return "This feature is not part of the organization's plan on this PostHog."
  if (status === 403) return 'This API key is not allowed to do that.'
  if (status === 404) return 'Not found.'
  if (status === 405) return 'The server does not allow this action.'
  if (status >= 500) return `The server failed to answer (HTTP ${status}). Try again in a moment.`
  return `The request failed (HTTP ${status}).`
}

async function errorFromResponse(response: Response, method: string, path: string): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON (a proxy's HTML error page, an empty 405): fall back to the status.
  }
  const parsed = apiErrorBodySchema.safeParse(body)
  if (parsed.success) return new ApiError(response.status, parsed.data, method, path)
  // Some PostHog views answer their own refusals as `{"error": "…"}` (sharing, for one): keep their words.
  const plain = plainErrorBodySchema.safeParse(body)
  if (plain.success) {
    return new ApiError(
      response.status,
      { type: 'http_error', code: String(response.status), detail: plain.data.error },
      method,
      path,
    )
  }
  return new ApiError(
    response.status,
    { type: 'http_error', code: String(response.status), detail: describeStatus(response.status) },
    method,
    path,
  )
}

const DEFAULT_REQUEST_TIMEOUT_MS = 15_000
/** PostHog computes a `refresh=blocking` answer or a CSV export while the request waits: minutes on a big project. */
const LONG_REQUEST_TIMEOUT_MS = 180_000
/** Failure drills shorten the wait for a hung request so a run takes seconds, not minutes. */
const REQUEST_TIMEOUT_KEY = 'insight-desk:request-timeout'

function readRequestTimeout(): number {
  try {
    const override = Number(localStorage.getItem(REQUEST_TIMEOUT_KEY) ?? Number.NaN)
    return Number.isFinite(override) && override > 0 ? override : DEFAULT_REQUEST_TIMEOUT_MS
  } catch {
    return DEFAULT_REQUEST_TIMEOUT_MS
  }
}

const requestTimeoutMs = readRequestTimeout()

function hostOf(connection: ConnectionSettings): string {
  return connection.mode === 'api' && connection.host ? connection.host : 'the server'
}

/** The time-out ran out, while waiting for the answer or while its body was still arriving. */
function timeoutError(request: ApiRequest): ApiError {
  const seconds = Math.max(1, Math.round(timeoutFor(request) / 1000))
  const where = hostOf(request.connection ?? getConnection())
  return new ApiError(
    0,
    {
      type: 'network_error',
      code: 'timeout',
      detail: `No answer from ${where} within ${seconds} second${seconds === 1 ? '' : 's'}. Try again in a moment.`,
    },
    request.method ?? 'GET',
  )
}

/** `AbortSignal.timeout`'s reason; by name, because the DOMException class differs between realms. */
function isTimeout(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && 'name' in cause && cause.name === 'TimeoutError'
}

function timeoutFor(request: ApiRequest): number {
  const { refresh, format } = request.query ?? {}
  const long = (typeof refresh === 'string' && refresh.includes('blocking')) || format === 'csv'
  return long ? Math.max(requestTimeoutMs, LONG_REQUEST_TIMEOUT_MS) : requestTimeoutMs
}

let requestsReady: Promise<unknown> = Promise.resolve()

/**
 * Requests wait for `ready` before they leave. Demo mode (main.tsx) passes the in-browser mock's start-up, so the app
 * renders and starts its route loads while the mock's code loads and seeds, and no request goes out before the mock
 * can answer it. A failed start lets them go: the app then shows why it could not start.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestsReady = ready.catch(() => undefined)
}

async function send(request: ApiRequest, accept: string): Promise<Response> {
  const connection = request.connection ?? getConnection()
  const headers: Record<string, string> = { Accept: accept }
  if (connection.mode === 'api' && connection.apiKey) headers.Authorization = `Bearer ${connection.apiKey}`
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  Object.assign(headers, request.headers)
  const method = request.method ?? 'GET'
  // A hung request would otherwise spin forever; timing out makes it a transient failure that is retried.
  const timeout = AbortSignal.timeout(timeoutFor(request))
  const url = (request.outsideApi ? siteUrl : apiUrl)(request.path, request.query, connection)
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
  let response: Response
  try {
    // An answer index.html asked for (or the demo's mock worked out in the page) needs no wait for the mock's start.
    const early = method === 'GET' ? takeEarlyResponse(url, signal) : null
    if (!early) await requestsReady
    response = await (early ??
      fetch(url, { method, headers, body: request.body === undefined ? null : JSON.stringify(request.body), signal }))
  } catch (cause) {
    if (request.signal?.aborted) throw cause
    if (timeout.aborted) throw timeoutError(request)
    throw new ApiError(
      0,
      {
        type: 'network_error',
        code: 'network_error',
        detail: `Could not reach ${hostOf(connection)}. Check your network connection and the host URL.`,
      },
      method,
    )
  }
  if (!response.ok) throw await errorFromResponse(response, method, request.path.replace(/^\/+/, ''))
  return response
}

/** The first mismatching field of an answer, as zod reports it (only what the message needs: it may cross a worker). */
export interface AnswerIssue {
  code: string
  path: PropertyKey[]
  expected?: string
  values?: readonly unknown[]
  message?: string
}

/** What was wrong with the first mismatching field; zod/mini loads no locale, so only custom messages are worded. */
function describeIssue(issue: AnswerIssue | undefined): string {
  if (issue?.code === 'invalid_type') return `expected ${issue.expected ?? 'another type'}`
  if (issue?.code === 'invalid_value')
    return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join('|')}`
  return issue?.message ?? 'invalid'
}

/** A body that could not be read as JSON (a proxy's HTML page, a cut-off body). */
function invalidJsonError(status: number, request: ApiRequest): ApiError {
  // A parser's "Unexpected token" would tell the user nothing.
  return new ApiError(
    status,
    { type: 'invalid_response', code: 'invalid_json', detail: "The server's answer was not JSON, so it could not be read." },
    request.method ?? 'GET',
  )
}

/** JSON that does not have the shape the app reads: an error, never a silent wrong render. */
function invalidShapeError(status: number, issue: AnswerIssue | undefined, request: ApiRequest): ApiError {
  const field = issue?.path.map(String).join('.') || 'response'
  return new ApiError(
    status,
    {
      type: 'invalid_response',
      code: 'invalid_response',
      detail: `The server's answer did not have the expected shape (${field}: ${describeIssue(issue)}).`,
      attr: field,
    },
    request.method ?? 'GET',
  )
}

/** Sends a request and parses the JSON answer with its contract schema; a mismatch is an error, never a silent wrong render. */
export async function apiJson<S extends z.ZodMiniType>(schema: S, request: ApiRequest): Promise<z.output<S>> {
  return readJsonAnswer(schema, await send(request, 'application/json'), request)
}

/**
 * The answer of a request that succeeded (2xx), unread, for the rare endpoint that does not always answer JSON (PostHog's
 * `/shared/…` unlock page); `readJsonAnswer` then reads it as `apiJson` would. Failures throw as in `apiJson`.
 */
export function apiResponse(request: ApiRequest, accept = 'application/json'): Promise<Response> {
  return send(request, accept)
}

/**
 * Reads a 2xx answer's body. It stops arriving when the caller cancels or the time-out runs out: neither is a body that
 * was not JSON, so each keeps its own error.
 */
async function readBody<T>(response: Response, request: ApiRequest, read: (response: Response) => Promise<T>): Promise<T> {
  try {
    return await read(response)
  } catch (cause) {
    if (request.signal?.aborted) throw cause
    if (isTimeout(cause)) throw timeoutError(request)
    throw invalidJsonError(response.status, request)
  }
}

/** A 2xx answer's JSON body parsed with its contract schema; unreadable or mismatching bodies throw `ApiError`. */
export async function readJsonAnswer<S extends z.ZodMiniType>(
  schema: S,
  response: Response,
  request: ApiRequest,
): Promise<z.output<S>> {
  const data: unknown = response.status === 204 ? null : await readBody(response, request, (answer) => answer.json())
  const parsed = schema.safeParse(data)
  if (!parsed.success) throw invalidShapeError(response.status, parsed.error.issues[0], request)
  return parsed.data
}

/** How a body read outside `apiJson` turned out: the data, or why it could not be read. */
export type AnswerReading<T> = { ok: true; data: T } | { ok: false; invalidJson: true } | { ok: false; issue?: AnswerIssue }

/**
 * `apiJson` for answers too big to parse on the main thread in one go: the body's bytes go to `read` (which may hand
 * them to a worker), and a failed reading becomes the same `ApiError` as in `apiJson`.
 */
export async function apiJsonReadBy<T>(request: ApiRequest, read: (body: ArrayBuffer) => Promise<AnswerReading<T>>): Promise<T> {
  const response = await send(request, 'application/json')
  const body = await readBody(response, request, (answer) => answer.arrayBuffer())
  const reading = await read(body)
  if (reading.ok) return reading.data
  if ('invalidJson' in reading) throw invalidJsonError(response.status, request)
  throw invalidShapeError(response.status, reading.issue, request)
}

/** For endpoints that answer 204 or a body the caller does not need. */
export async function apiSend(request: ApiRequest): Promise<void> {
  await send(request, 'application/json')
}

/** CSV exports (`format=csv`). */
export async function apiText(request: ApiRequest): Promise<string> {
  const response = await send({ ...request, query: { ...request.query, format: 'csv' } }, 'text/csv')
  return response.text()
}
