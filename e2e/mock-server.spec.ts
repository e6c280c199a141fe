import { test, expect } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'

/*
 * Smoke test of `npm run mock:serve` over real HTTP: the server is started as its own process, on a port the OS picks
 * (`--port 0`), and spoken to with Playwright's API client only — no browser page.
 */

let server: MockServerProcess | null = null
let baseUrl = ''

test.describe('HTTP mock server', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async () => {
    server = await startMockServerProcess(40)
    baseUrl = server.url
  })

  test.afterAll(() => {
    server?.stop()
    server = null
  })

  test('answers 401 in PostHog’s error shape without an API key', async ({ request }) => {
    const response = await request.get(`${baseUrl}/api/projects/1/insights/`)
    expect(response.status()).toBe(401)
    expect(await response.json()).toMatchObject({ type: 'authentication_error', detail: expect.any(String) })
  })

  test('answers 401 for an unknown API key', async ({ request }) => {
    const response = await request.get(`${baseUrl}/api/projects/1/insights/`, {
      headers: { Authorization: 'Bearer phx_not_a_real_key' },
    })
    expect(response.status()).toBe(401)
  })

  test('lists insights with the full-access demo key, under both path families', async ({ request }) => {
    for (const family of ['projects', 'environments']) {
      const response = await request.get(`${baseUrl}/api/${family}/1/insights/?limit=5&basic=true`, {
        headers: { Authorization: 'Bearer phx_demo_full' },
      })
      expect(response.status()).toBe(200)
      const body = (await response.json()) as { count: number; results: { id: number; short_id: string }[] }
      // `--insights 40` seeds 40, a few of them soft-deleted, which lists never count.
      expect(body.count).toBeGreaterThan(20)
      expect(body.count).toBeLessThanOrEqual(40)
      expect(body.results).toHaveLength(5)
      expect(body.results[0]?.short_id).toMatch(/^[A-Za-z0-9]{8}$/)
    }
  })

  test('refuses a write with the read-only key, naming the missing scope', async ({ request }) => {
    const response = await request.patch(`${baseUrl}/api/projects/1/insights/1/`, {
      headers: { Authorization: 'Bearer phx_demo_readonly' },
      data: { name: 'Renamed by a read-only key' },
    })
    expect(response.status()).toBe(403)
    const body = (await response.json()) as { detail: string }
    expect(body.detail).toContain('insight:write')
  })

  test('answers 404 for a project that does not exist', async ({ request }) => {
    const response = await request.get(`${baseUrl}/api/projects/999/insights/`, {
      headers: { Authorization: 'Bearer phx_demo_full' },
    })
    expect(response.status()).toBe(404)
  })

  test('allows a cross-origin app to send the Authorization header (CORS preflight)', async ({ request }) => {
    const origin = 'http://localhost:5173'
    const preflight = await request.fetch(`${baseUrl}/api/projects/1/insights/1/`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    })
    expect(preflight.status()).toBe(204)
    const headers = preflight.headers()
    expect(headers['access-control-allow-origin']).toBe(origin)
    expect(headers['access-control-allow-methods']).toContain('PATCH')
    expect(headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization')

    const actual = await request.get(`${baseUrl}/api/projects/1/insights/?limit=1`, {
      headers: { Origin: origin, Authorization: 'Bearer phx_demo_full' },
    })
    expect(actual.status()).toBe(200)
    expect(actual.headers()['access-control-allow-origin']).toBe(origin)
  })
})
