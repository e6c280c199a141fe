import type { z } from 'zod/mini'
import { apiErrorBodySchema } from './schemas/error'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'

/** Every failure of a request, in PostHog's error shape plus the HTTP status (0 = the request never got an answer). */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly code: string | null
  readonly detail: string
  readonly attr: string | null

  constructor(status: number, body: { type: string; code?: string | null; detail: string; attr?: string | null }) {
    super(body.detail)
    this.name = 'ApiError'
    this.status = status
    this.type = body.type
    this.code = body.code ?? null
    this.detail = body.detail
    this.attr = body.attr ?? null
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
  /** Settings to use instead of the saved ones (Settings' "Test connection" tries unsaved values). */
  connection?: ConnectionSettings
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

function describeStatus(status: number): string {
  if (status === 401) return 'The API key was not accepted. Check it in Settings.'
  if (status === 403) return 'This API key is not allowed to do that.'
  if (status === 404) return 'Not found.'
  if (status === 405) return 'The server does not allow this action.'
  if (status >= 500) return `The server failed to answer (HTTP ${status}). Try again in a moment.`
  return `The request failed (HTTP ${status}).`
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON (a proxy's HTML error page, an empty 405): fall back to the status.
  }
  const parsed = apiErrorBodySchema.safeParse(body)
  if (parsed.success) return new ApiError(response.status, parsed.data)
  return new ApiError(response.status, {
    type: 'http_error',
    code: String(response.status),
    detail: describeStatus(response.status),
  })
}

async function send(request: ApiRequest, accept: string): Promise<Response> {
  const connection = request.connection ?? getConnection()
  const headers: Record<string, string> = { Accept: accept }
  if (connection.mode === 'api' && connection.apiKey) headers.Authorization = `Bearer ${connection.apiKey}`
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(apiUrl(request.path, request.query, connection), {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: request.signal ?? null,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    const where = connection.mode === 'api' && connection.host ? connection.host : 'the server'
    throw new ApiError(0, {
      type: 'network_error',
      code: 'network_error',
      detail: `Could not reach ${where}. Check your network connection and the host URL.`,
    })
  }
  if (!response.ok) throw await errorFromResponse(response)
  return response
}

/** What was wrong with the first mismatching field; zod/mini loads no locale, so only custom messages are worded. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'invalid_type') return `expected ${issue.expected}`
  if (issue?.code === 'invalid_value') return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join('|')}`
  return issue?.message ?? 'invalid'
}

/** Sends a request and parses the JSON answer with its contract schema; a mismatch is an error, never a silent wrong render. */
export async function apiJson<S extends z.ZodMiniType>(schema: S, request: ApiRequest): Promise<z.output<S>> {
  const response = await send(request, 'application/json')
  const data: unknown = response.status === 204 ? null : await response.json()
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || 'response'
    throw new ApiError(response.status, {
      type: 'invalid_response',
      code: 'invalid_response',
      detail: `The server's answer did not have the expected shape (${field}: ${describeIssue(issue)}).`,
      attr: field,
    })
  }
  return parsed.data
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
