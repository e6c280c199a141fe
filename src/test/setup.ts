import '@testing-library/jest-dom/vitest'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { cleanup } from '@testing-library/react'
import { mockServer } from '@mocks/node'
import { resetMockRuntime } from '@mocks/handlers/runtime'

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
