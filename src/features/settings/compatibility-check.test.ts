import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { http, HttpResponse, delay } from 'msw'
import { mockServer } from '@mocks/node'
import { setMockAuthMode } from '@mocks/handlers/runtime'
import { resetMockData, recordRequests } from '@/api/test-support'
import { FEATURE_ENDPOINTS } from '@/api/feature-availability'
import type { ConnectionSettings } from '@/stores/connection-store'
import { checkCompatibility } from './compatibility-check'
import { connectionFingerprint } from '@/stores/compatibility-store'

const HOST = 'http://posthog.test'
const connection = (apiKey: string): ConnectionSettings => ({
  mode: 'api',
  host: HOST,
  apiKey,
  projectId: '1',
  pathFamily: 'projects',
  rememberKey: false,
})

const states = (checks: readonly { id: string; state: string; reason: string | null }[]) =>
  Object.fromEntries(checks.map((check) => [check.id, check.reason ? `${check.state} (${check.reason})` : check.state]))

beforeEach(() => {
  resetMockData()
  setMockAuthMode('api-key')
})
afterEach(() => setMockAuthMode('session'))

describe('checkCompatibility against the HTTP mock', () => {
  it('finds every feature working with the full key, with GET requests only, all at once', async () => {
    const log = recordRequests()
    const methods: string[] = []
    const listener = ({ request }: { request: Request }) => {
      methods.push(request.method)
    }
    mockServer.events.on('request:start', listener)
    const outcome = await checkCompatibility(connection('phx_demo_full'))
    mockServer.events.removeListener('request:start', listener)
    log.stop()
    expect(outcome.connectionError).toBeNull()
    expect(outcome.summary).toMatch(/^Connected as .+ to project “.+”\.$/)
    // The mock, like PostHog's newest source, has no not_on_dashboard filter: every endpoint works, that filter does not.
    expect(outcome.checks.filter((check) => check.state !== 'works').map((check) => check.id)).toEqual(['not-on-dashboard'])
    expect(states(outcome.checks)['not-on-dashboard']).toBe('unavailable (version)')
    expect(outcome.checks).toHaveLength(FEATURE_ENDPOINTS.length)
    expect(new Set(methods)).toEqual(new Set(['GET']))
    // One request per feature, and two for the filter: the list's count with it and without it.
    expect(log.urls).toHaveLength(FEATURE_ENDPOINTS.length + 1)
  })

  it('finds the not_on_dashboard filter where the list answers fewer insights with it, with the probe the clean-up page uses', async () => {
    mockServer.use(
      http.get(`${HOST}/api/projects/1/insights/`, ({ request }) => {
        const filtered = new URL(request.url).searchParams.get('not_on_dashboard') === 'true'
        return HttpResponse.json({ count: filtered ? 3 : 10, next: null, previous: null, results: [] })
      }),
    )
    const { checks } = await checkCompatibility(connection('phx_demo_full'))
    expect(states(checks)).toMatchObject({ 'not-on-dashboard': 'works', insights: 'works' })
  })

  it('names the missing scopes of a limited key', async () => {
    const { checks } = await checkCompatibility(connection('phx_demo_limited'))
    expect(states(checks)).toMatchObject({
      insights: 'works',
      sharing: 'unavailable (scope)',
      alerts: 'unavailable (scope)',
      thresholds: 'unavailable (scope)',
      activity: 'unavailable (scope)',
      elements: 'works',
      dashboards: 'works',
    })
    expect(checks.find((check) => check.id === 'sharing')?.detail).toContain('lacks the scope sharing_configuration:read')
  })

  it('tells version and plan apart on an older free PostHog', async () => {
    const { checks } = await checkCompatibility(connection('phx_demo_legacy'))
    expect(states(checks)).toMatchObject({
      insights: 'works',
      sharing: 'works',
      trending: 'unavailable (version)',
      alerts: 'unavailable (version)',
      thresholds: 'unavailable (version)',
      dashboards: 'unavailable (version)',
      tags: 'unavailable (plan)',
    })
  })

  it('reports a refused key as a failed connection, not as features', async () => {
    const outcome = await checkCompatibility(connection('phx_wrong'))
    expect(outcome.connectionError).not.toBeNull()
    expect(outcome.summary).toBeNull()
  })

  it('gives each probe its own time limit, so one silent endpoint does not hold up the report', async () => {
    mockServer.use(
      http.get(`${HOST}/api/projects/1/alerts/`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const { checks } = await checkCompatibility(connection('phx_demo_full'), 200)
    expect(checks.find((check) => check.id === 'alerts')).toMatchObject({ state: 'failed', detail: 'No answer within 1 second.' })
    expect(checks.find((check) => check.id === 'insights')?.state).toBe('works')
  })
})

describe('connectionFingerprint', () => {
  it('is one-way and differs per key, host and project', async () => {
    const full = await connectionFingerprint(connection('phx_demo_full'))
    expect(full).toMatch(/^[0-9a-f]{32}$/)
    expect(full).not.toContain('phx')
    expect(await connectionFingerprint(connection('phx_demo_limited'))).not.toBe(full)
    expect(await connectionFingerprint({ ...connection('phx_demo_full'), host: 'http://other.test' })).not.toBe(full)
    expect(await connectionFingerprint({ ...connection('phx_demo_full'), projectId: '2' })).not.toBe(full)
    expect(await connectionFingerprint(connection('phx_demo_full'))).toBe(full)
  })
})
