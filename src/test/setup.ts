import '@testing-library/jest-dom/vitest'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { mockServer } from '@mocks/node'
import { resetMockRuntime } from '@mocks/handlers/runtime'

// findBy* waits on conditions, never on time: 1 s (the default) is too short for a lazily loaded module's first
// transform on a loaded 2-core CI machine, and a longer limit costs nothing when the condition comes sooner.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  mockServer.resetHandlers()
  // Auth mode, latency and injected failures are module state of the mock: no test may leak them into the next.
  resetMockRuntime()
  // The set-up scripts' tests (scripts/setup) run in Node, which has no storage.
  if (typeof localStorage !== 'undefined') {
    localStorage.clear()
    sessionStorage.clear()
  }
})
afterAll(() => mockServer.close())

// jsdom does no layout and has no scrollIntoView; the list calls it when keys move focus to a row.
if (typeof Element !== 'undefined' && typeof Reflect.get(Element.prototype, 'scrollIntoView') !== 'function') {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true })
}
