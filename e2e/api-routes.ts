import { test, type Page, type Route } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'

/** A PostHog host the tests answer themselves with `page.route`; nothing leaves the machine. */
export const FAKE_HOST = 'https://posthog.example.test'

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, accept',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
}

export const fakeUser = {
  id: 7,
  uuid: '0188a1b2-0000-4000-8000-000000000007',
  distinct_id: 'user-7',
  first_name: 'Grace',
  last_name: 'Hopper',
  email: 'grace@example.test',
}
export const fakeProject = { id: 1, name: 'Real Project', timezone: 'UTC' }

export async function fulfillJson(route: Route, body: unknown, status = 200): Promise<void> {
  if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
  return route.fulfill({ status, headers: { ...cors, 'content-type': 'application/json' }, json: body })
}

/**
 * Starts the app in API mode, as if the user had saved these settings: against FAKE_HOST (answered with `page.route`)
 * or, given its URL, the HTTP mock server. The key is kept for the tab's session only, as with "remember" off.
 */
export async function useApiConnection(page: Page, apiKey = 'phx_test_key', host = FAKE_HOST): Promise<void> {
  await page.addInitScript(
    ([host, key]) => {
      if (sessionStorage.getItem('e2e-seeded')) return
      sessionStorage.setItem('e2e-seeded', '1')
      localStorage.setItem(
        'insight-desk:connection',
        JSON.stringify({ state: { mode: 'api', host, projectId: '1', pathFamily: 'projects', rememberKey: false }, version: 1 }),
      )
      sessionStorage.setItem('insight-desk:api-key', key)
    },
    [host, apiKey] as const,
  )
}

/**
 * The HTTP mock server for the tests of the enclosing `describe`: started before the first (with `insights` insights
 * in project 1), stopped after the last. Its URL is known only once it runs, hence a function.
 */
export function useMockServer(insights: number): { url: () => string } {
  let server: MockServerProcess | null = null
  test.beforeAll(async () => {
    // Starting a server process is slow on a busy machine; the tests themselves are not.
    test.setTimeout(120_000)
    server = await startMockServerProcess(insights)
  })
  test.afterAll(() => {
    server?.stop()
    server = null
  })
  return {
    url: () => {
      if (!server) throw new Error('useMockServer: the server runs only while the describe block’s tests do')
      return server.url
    },
  }
}
