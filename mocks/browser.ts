import { http, passthrough } from 'msw'
import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { setMockAuthMode, setMockLatency } from './handlers/runtime'
import { localStoragePersistence } from './store/persistence'
import { configureMockStore } from './store/store'

// The handlers match `/api/` on any origin (the HTTP mock server needs that); in the page, only this origin is the
// mock's. A request to another host, such as Settings' "Test connection" to a real PostHog, goes out for real.
const otherOrigins = http.all('*', ({ request }) => (new URL(request.url).origin === location.origin ? undefined : passthrough()))

const worker = setupWorker(otherOrigins, ...handlers)
let started: Promise<unknown> | null = null

/** Answers take a little time, as a real backend's would, so loading states are seen and tested. */
const BROWSER_LATENCY: readonly [number, number] = [80, 250]
/** End-to-end tests and benchmarks set this to `0` so they measure the app, not the simulated network. */
const LATENCY_OVERRIDE_KEY = 'insight-desk:mock-latency'

function browserLatency(): number | readonly [number, number] {
  const override = Number(localStorage.getItem(LATENCY_OVERRIDE_KEY) ?? Number.NaN)
  return Number.isFinite(override) && override >= 0 ? override : BROWSER_LATENCY
}

/** Starts the in-browser mock; the app calls this before its first render in mock mode. */
export function startMockWorker(): Promise<unknown> {
  if (!started) {
    // In the browser the mock is a logged-in user with every scope, and edits survive reloads.
    setMockAuthMode('session')
    setMockLatency(browserLatency())
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
