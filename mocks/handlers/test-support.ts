import { afterEach, beforeEach } from 'vitest'
import { configureMockStore, type MockStore } from '../store/store'
import { resetMockRuntime } from './runtime'

/*
 * Shared by the handler tests: every test starts from the same small seed, a pinned clock that ticks a second per
 * reading (so writes made in a row get ordered timestamps), session auth and no latency.
 */

export const TEST_NOW = new Date('2026-11-20T12:00:00Z')
const TEST_INSIGHTS = 120
export const P = '/api/projects/1'

export function useMockBackend(insights = TEST_INSIGHTS): { store: () => MockStore } {
  let store: MockStore | null = null
  beforeEach(() => {
    resetMockRuntime()
    let now = TEST_NOW.getTime()
    store = configureMockStore({
      seed: { insights, now: TEST_NOW },
      clock: () => {
        now += 1000
        return new Date(now)
      },
    })
  })
  afterEach(() => resetMockRuntime())
  return {
    store: () => {
      if (!store) throw new Error('useMockBackend: the store exists only inside a test')
      return store
    },
  }
}

export interface ApiAnswer {
  status: number
  contentType: string | null
  /** The parsed JSON body, the CSV text, or null for an empty body. */
  body: unknown
}

/** Calls the mock like the app does (a relative `/api/…` URL); `body` is sent as JSON. */
export async function call(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? null : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  })
  const contentType = response.headers.get('content-type')
  const text = await response.text()
  const body: unknown = text === '' ? null : contentType?.includes('json') ? JSON.parse(text) : text
  return { status: response.status, contentType, body }
}

/** Narrows an answer body for property access in assertions. */
export function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`expected an object, got ${JSON.stringify(value)}`)
  return value as Record<string, unknown>
}
