import { describe, expect, it } from 'vitest'
import { apiErrorBodySchema } from '@/api/schemas/error'
import { handlers } from './index'
import { injectMockFailure, setMockAuthMode, setMockLatency } from './runtime'
import { P, call, record, useMockBackend } from './test-support'

useMockBackend()

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

describe('path matching', () => {
  it('answers only paths that start with /api/, never a source module such as /src/api/alerts.ts', async () => {
    const [handler] = handlers
    const run = (url: string) => handler?.run({ request: new Request(url), requestId: url })
    expect(await run('http://localhost:5173/src/api/alerts.ts')).toBeNull()
    expect(await run('http://localhost:5173/api/projects/1/')).not.toBeNull()
  })

  it('serves projects and environments paths, with and without the trailing slash', async () => {
    for (const path of [
      '/api/projects/1/insights/',
      '/api/projects/1/insights',
      '/api/environments/1/insights/',
      '/api/environments/1/insights',
    ]) {
      const answer = await call(`${path}?limit=1`)
      expect(answer.status, path).toBe(200)
      expect(record(answer.body).count).toBeGreaterThan(0)
    }
  })

  it('answers 404 for an unknown project and an unknown path, in PostHog error shape', async () => {
    const project = await call('/api/projects/99/insights/')
    expect(project.status).toBe(404)
    expect(apiErrorBodySchema.parse(project.body)).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Project not found.',
      attr: null,
    })
    const path = await call(`${P}/nothing-here/`)
    expect(path.status).toBe(404)
    // PostHog's api_not_found (posthog/api/__init__.py) words an unrouted path apart from a missing object.
    expect(record(path.body).detail).toBe('Endpoint not found.')
  })

  it('answers 405 for a method the path does not have', async () => {
    const answer = await call('/api/users/@me/', { method: 'DELETE' })
    expect(answer.status).toBe(405)
    expect(record(answer.body).detail).toBe('Method "DELETE" not allowed.')
  })

  it('answers 400 for a body that is not JSON', async () => {
    const answer = await call(`${P}/insights/`, {
      method: 'POST',
      body: '{"name": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(answer.status).toBe(400)
    expect(record(answer.body)).toMatchObject({ type: 'invalid_request', code: 'parse_error' })
  })
})

describe('auth in api-key mode (the HTTP mock server)', () => {
  it('needs a key: none → 401, unknown → 401', async () => {
    setMockAuthMode('api-key')
    const none = await call(`${P}/insights/`)
    expect(none.status).toBe(401)
    expect(record(none.body)).toMatchObject({
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
    })
    const unknown = await call(`${P}/insights/`, { headers: bearer('phx_nope') })
    expect(unknown.status).toBe(401)
    expect(record(unknown.body).code).toBe('authentication_failed')
  })

  it('lets phx_demo_full read and write', async () => {
    setMockAuthMode('api-key')
    expect((await call(`${P}/insights/?limit=1`, { headers: bearer('phx_demo_full') })).status).toBe(200)
    expect(
      (await call(`${P}/insights/`, { method: 'POST', body: { name: 'Written with a key' }, headers: bearer('phx_demo_full') }))
        .status,
    ).toBe(201)
  })

  it('lets phx_demo_readonly read, and answers 403 naming the missing scope on writes', async () => {
    setMockAuthMode('api-key')
    expect((await call(`${P}/insights/?limit=1`, { headers: bearer('phx_demo_readonly') })).status).toBe(200)
    expect((await call('/api/users/@me/', { headers: bearer('phx_demo_readonly') })).status).toBe(200)
    const write = await call(`${P}/insights/`, { method: 'POST', body: { name: 'x' }, headers: bearer('phx_demo_readonly') })
    expect(write.status).toBe(403)
    expect(record(write.body)).toEqual({
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "API key missing required scope 'insight:write'",
      attr: null,
    })
    const sharing = await call(`${P}/insights/1/sharing/refresh/`, { method: 'POST', headers: bearer('phx_demo_readonly') })
    expect(record(sharing.body).detail).toBe("API key missing required scope 'sharing_configuration:write'")
  })

  it('lets phx_demo_limited use its own scopes (write grants read) and answers 403 naming each missing one', async () => {
    setMockAuthMode('api-key')
    const headers = bearer('phx_demo_limited')
    expect((await call(`${P}/insights/?limit=1`, { headers })).status).toBe(200)
    for (const [path, scope] of [
      [`${P}/insights/1/sharing/`, 'sharing_configuration:read'],
      [`${P}/alerts/`, 'alert:read'],
      [`${P}/insights/activity/`, 'activity_log:read'],
    ] as const) {
      const answer = await call(path, { headers })
      expect(answer.status, path).toBe(403)
      expect(record(answer.body), path).toEqual({
        type: 'authentication_error',
        code: 'permission_denied',
        detail: `API key missing required scope '${scope}'`,
        attr: null,
      })
    }
  })

  it('lets phx_demo_legacy play an older free PostHog: 404 for endpoints it lacks, 402 for paid tagging', async () => {
    setMockAuthMode('api-key')
    const headers = bearer('phx_demo_legacy')
    expect((await call(`${P}/insights/?limit=1`, { headers })).status).toBe(200)
    for (const path of [`${P}/insights/trending/`, `${P}/alerts/`, `${P}/dashboards/`, `${P}/insights/1/thresholds/`]) {
      const answer = await call(path, { headers })
      expect(answer.status, path).toBe(404)
      expect(record(answer.body), path).toEqual({
        type: 'invalid_request',
        code: 'not_found',
        detail: 'Endpoint not found.',
        attr: null,
      })
    }
    const tags = await call(`${P}/tags/`, { headers })
    expect(tags.status).toBe(402)
    expect(record(tags.body)).toMatchObject({ type: 'invalid_request', code: 'payment_required', attr: null })
    expect(String(record(tags.body).detail)).toMatch(/^Tagging is part of the premium PostHog offering\./)
    // The same endpoints answer with every other key.
    expect((await call(`${P}/insights/trending/`, { headers: bearer('phx_demo_full') })).status).toBe(200)
  })

  it('finds the key as PostHog does: Bearer header, then personal_api_key in the body, then in the query string', async () => {
    // PersonalAPIKeyAuthentication.find_key_with_source (posthog/auth.py).
    setMockAuthMode('api-key')
    expect((await call(`${P}/insights/?limit=1&personal_api_key=phx_demo_full`)).status).toBe(200)
    const created = await call(`${P}/insights/`, {
      method: 'POST',
      body: { name: 'Key in body', personal_api_key: 'phx_demo_full' },
    })
    expect(created.status).toBe(201)
    expect(record(created.body).name).toBe('Key in body')
    // Only the first key found is tried: a valid key later in the order does not rescue a bad one earlier.
    const headerFirst = await call(`${P}/insights/?personal_api_key=phx_demo_full`, { headers: bearer('phx_nope') })
    expect(record(headerFirst.body).detail).toBe('Personal API key found in request Authorization header is invalid.')
    const bodyFirst = await call(`${P}/insights/?personal_api_key=phx_demo_full`, {
      method: 'POST',
      body: { name: 'x', personal_api_key: 'phx_nope' },
    })
    expect(bodyFirst.status).toBe(401)
    expect(record(bodyFirst.body).detail).toBe('Personal API key found in request body is invalid.')
    const query = await call(`${P}/insights/?personal_api_key=phx_nope`)
    expect(record(query.body).detail).toBe('Personal API key found in request query string is invalid.')
    // The keyword is matched case-sensitively (`^Bearer\s+(\S.+)$`), so "bearer" carries no key at all.
    const lowercase = await call(`${P}/insights/`, { headers: { Authorization: 'bearer phx_demo_full' } })
    expect(record(lowercase.body).code).toBe('not_authenticated')
    // A key found in the query string plays its instance too.
    expect((await call(`${P}/alerts/?personal_api_key=phx_demo_legacy`)).status).toBe(404)
  })

  it('in session mode (the browser) needs no key', async () => {
    expect((await call('/api/users/@me/')).status).toBe(200)
  })
})

describe('runtime knobs', () => {
  it('waits the configured latency', async () => {
    setMockLatency(60)
    const started = performance.now()
    await call('/api/users/@me/')
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('fails the next matching requests on demand, then recovers', async () => {
    injectMockFailure({ status: 503, times: 1, path: 'insights' })
    expect((await call('/api/users/@me/')).status).toBe(200)
    const failed = await call(`${P}/insights/`)
    expect(failed.status).toBe(503)
    expect(record(failed.body)).toMatchObject({ type: 'server_error' })
    expect((await call(`${P}/insights/?limit=1`)).status).toBe(200)
  })
})

describe('format=csv', () => {
  it('answers text/csv with a header row and one row per result', async () => {
    const answer = await call(`${P}/insights/?limit=3&format=csv`)
    expect(answer.status).toBe(200)
    expect(answer.contentType).toContain('text/csv')
    const lines = String(answer.body).trim().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toContain('short_id')
    expect(lines[0]).toContain('created_by.email')
  })
})
