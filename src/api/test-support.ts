import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement, type ReactNode } from 'react'
import { mockServer } from '@mocks/node'
import { configureMockStore } from '@mocks/store/store'

/*
 * Shared by the client tests in this folder: a small deterministic store per test, a query client that never retries
 * (a refused request must show as an error at once), and a log of the URLs the client actually requested.
 */

export const PROJECT_ID = '1'

/** The moment the tests' data is anchored to; relative date filters (`-7d`) count back from it. */
export const TEST_NOW = new Date('2026-11-20T12:00:00Z')

/**
 * A fresh seed per test, so one test's edits never leak into the next. The clock starts at TEST_NOW and moves a second
 * per reading, so writes made one after another in a test get distinct, ordered timestamps.
 */
export function resetMockData(insights = 60): void {
  let now = TEST_NOW.getTime()
  configureMockStore({
    seed: { insights, now: TEST_NOW },
    clock: () => {
      now += 1000
      return new Date(now)
    },
  })
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } })
}

export function queryClientWrapper(client: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return createElement(QueryClientProvider, { client }, children)
  }
}

/** Records every request URL the mock sees until the returned `stop` is called. */
export function recordRequests(): { urls: URL[]; stop: () => void } {
  const urls: URL[] = []
  const listener = ({ request }: { request: Request }) => {
    urls.push(new URL(request.url))
  }
  mockServer.events.on('request:start', listener)
  return { urls, stop: () => mockServer.events.removeListener('request:start', listener) }
}

/** A promise and the function that settles it: lets a test hold a response while it inspects the optimistic state. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}
