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

/** One saved insight as PostHog's list sends it (`InsightBasicSerializer`); `overrides` sets what a test needs. */
export function fakeInsight(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1,
    short_id: 'abcd1234',
    name: 'Weekly signups',
    derived_name: null,
    query: null,
    dashboards: [],
    description: null,
    tags: [],
    favorited: false,
    saved: true,
    created_at: '2025-01-01T00:00:00Z',
    created_by: fakeUser,
    last_modified_at: '2025-01-02T00:00:00Z',
    last_refresh: null,
    last_viewed_at: null,
    ...overrides,
  }
}

/** A page of a PostHog list answer, all of it. */
export const pageOf = (results: readonly unknown[]) => ({ count: results.length, next: null, previous: null, results })

/** PostHog's answer to a path it does not serve. */
const notFound = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null }

/** What `answer` returns for a request it takes and leaves without an answer, on purpose (a page that never comes). */
export const leaveUnanswered: Promise<void> = Promise.resolve()

/**
 * The app in API mode against FAKE_HOST, for every page of the test's browser context: the user and the project as
 * every page asks for them, `answer` for the rest (it fulfils the route and returns that promise, or returns null for
 * a path it does not serve), and PostHog's 404 for whatever it does not serve.
 */
export async function answerAsPostHog(page: Page, answer: (url: URL, route: Route) => Promise<void> | null): Promise<void> {
  await useApiConnection(page)
  await page.context().route(`${FAKE_HOST}/api/**`, (route) => {
    const url = new URL(route.request().url())
    if (url.pathname.endsWith('/users/@me/')) return fulfillJson(route, fakeUser)
    if (url.pathname === '/api/projects/1/') return fulfillJson(route, fakeProject)
    return answer(url, route) ?? fulfillJson(route, notFound, 404)
  })
}

/**
 * `answerAsPostHog` with a fixed answer per path. The paths in `late` wait until `release` is called: content that
 * comes after the page has drawn the rest.
 */
export async function useFakePostHog(
  page: Page,
  answers: Readonly<Record<string, unknown>>,
  late: readonly string[] = [],
): Promise<{ release: () => void }> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await answerAsPostHog(page, ({ pathname }, route) =>
    pathname in answers
      ? (late.includes(pathname) ? held : Promise.resolve()).then(() => fulfillJson(route, answers[pathname]))
      : null,
  )
  return { release }
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
