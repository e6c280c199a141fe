import '@testing-library/jest-dom/vitest'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { cleanup } from '@testing-library/react'
import { mockServer } from '@mocks/node'

// jsdom has no origin for relative URLs in Node's fetch; the app calls `/api/...`, so give it one.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  mockServer.resetHandlers()
  localStorage.clear()
  sessionStorage.clear()
})
afterAll(() => mockServer.close())
