import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { setMockAuthMode, setMockLatency } from './handlers/runtime'
import { localStoragePersistence } from './store/persistence'
import { configureMockStore } from './store/store'

const worker = setupWorker(...handlers)
let started: Promise<unknown> | null = null

/** Answers take a little time, as a real backend's would, so loading states are seen and tested. */
const BROWSER_LATENCY: readonly [number, number] = [80, 250]

/** Starts the in-browser mock; the app calls this before its first render in mock mode. */
export function startMockWorker(): Promise<unknown> {
  if (!started) {
    // In the browser the mock is a logged-in user with every scope, and edits survive reloads.
    setMockAuthMode('session')
    setMockLatency(BROWSER_LATENCY)
    configureMockStore({ persistence: localStoragePersistence() })
    started = worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } })
  }
  return started
}

export function stopMockWorker(): void {
  if (!started) return
  worker.stop()
  started = null
}

/** For Settings: "Reset demo data", and the notice shown when saved data had to be discarded. */
export { dismissMockStoreNotice, getMockStoreNotice, resetMockStore, type MockStoreNotice } from './store/store'
export { setMockLatency } from './handlers/runtime'
