import { getResponse, http, HttpResponse, passthrough } from 'msw'
import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import {
  getMockChaos,
  normalizeMockChaos,
  setMockAuthMode,
  setMockChaos,
  setMockLatency,
  type MockChaos,
} from './handlers/runtime'
import { localStoragePersistence } from './store/persistence'
import {
  browserTabCoordination,
  indexedDbSnapshots,
  localStorageSavedMark,
  startSharedMockStore,
  type SharedMockStore,
} from './store/shared-store'
import { configureMockStore, resetMockStore, setMockStoreSession } from './store/store'

// The handlers match `/api/` on any origin (the HTTP mock server needs that); in the page, only this origin is the
// mock's. A request to another host, such as Settings' "Test connection" to a real PostHog, goes out for real.
const otherOrigins = http.all('*', ({ request }) => (new URL(request.url).origin === location.origin ? undefined : passthrough()))

// The mock stands in for a server across the network, so it is out of reach while the browser is offline, as a real
// PostHog would be; otherwise offline handling could never be seen or tested against it.
const offline = http.all('*/api/*', () => (navigator.onLine ? undefined : HttpResponse.error()))

const pageHandlers = [otherOrigins, offline, ...handlers]
const worker = setupWorker(...pageHandlers)
let started: Promise<unknown> | null = null

/** Answers take a little time, as a real backend's would, so loading states are seen and tested. */
const BROWSER_LATENCY: readonly [number, number] = [80, 250]
/** End-to-end tests and benchmarks set this to `0` so they measure the app, not the simulated network. */
const LATENCY_OVERRIDE_KEY = 'insight-desk:mock-latency'

function browserLatency(): number | readonly [number, number] {
  const override = Number(localStorage.getItem(LATENCY_OVERRIDE_KEY) ?? Number.NaN)
  return Number.isFinite(override) && override >= 0 ? override : BROWSER_LATENCY
}

/** The failure drill survives reloads until it is switched off, like the latency override. */
const CHAOS_KEY = 'insight-desk:mock-chaos'
const CHAOS_PARAMS = ['chaos', 'chaos_modes', 'chaos_latency', 'chaos_seed'] as const

function savedChaos(): MockChaos | null {
  try {
    return normalizeMockChaos(JSON.parse(localStorage.getItem(CHAOS_KEY) ?? 'null'))
  } catch {
    return null
  }
}

/** Switches the failure drill on or off (`null`) and remembers it in this browser. */
export function setChaosDrill(chaos: MockChaos | null): MockChaos | null {
  setMockChaos(chaos)
  const applied = getMockChaos()
  if (applied) localStorage.setItem(CHAOS_KEY, JSON.stringify(applied))
  else localStorage.removeItem(CHAOS_KEY)
  return applied
}

/**
 * `?chaos=0.3` turns the drill on at start-up (share of requests to fail; `off` or `0` ends it), with optional
 * `chaos_modes=error,timeout,drop`, `chaos_latency=<ms>` and `chaos_seed=<integer>`. The flags leave the address once
 * read, so the router never sees them and a copied link does not pass the drill on.
 */
function takeChaosFromUrl(): MockChaos | null | undefined {
  const url = new URL(location.href)
  const rate = url.searchParams.get('chaos')
  if (rate === null) return undefined
  const modes = url.searchParams.get('chaos_modes')
  const chaos = normalizeMockChaos({
    failureRate: rate === 'off' ? 0 : Number(rate),
    modes: modes === null ? undefined : modes.split(','),
    extraLatency: url.searchParams.get('chaos_latency') ?? 0,
    seed: url.searchParams.get('chaos_seed'),
  })
  for (const name of CHAOS_PARAMS) url.searchParams.delete(name)
  history.replaceState(history.state, '', url.href)
  return chaos
}

let demoData: Promise<SharedMockStore | null> | null = null

/**
 * The store every tab shares (shared-store.ts). Without IndexedDB or Web Locks (an old browser, some private modes)
 * this tab keeps its own copy in localStorage, as before: it still works alone, but tabs may overwrite each other.
 */
async function openDemoData(): Promise<SharedMockStore | null> {
  try {
    return await startSharedMockStore({}, indexedDbSnapshots(), browserTabCoordination(), localStorageSavedMark(), keepOwnCopy)
  } catch (error) {
    keepOwnCopy(error)
    return null
  }
}

function keepOwnCopy(error: unknown): void {
  console.warn('Demo data is not shared between tabs:', error)
  setMockStoreSession(null)
  configureMockStore({ persistence: localStoragePersistence() })
}

declare global {
  interface Window {
    /** True once index.html has registered the mock's worker anew for this page (a first visit). */
    __insightDeskMockWorker?: Promise<boolean>
  }
}

/**
 * index.html registers the mock's service worker on a first visit, before this code has arrived. MSW reloads a page
 * that a registration of its worker does not control, so its start waits until that new worker has claimed this page
 * (it claims its clients as soon as it is active). A page the worker will not claim (a reload that bypassed it) is
 * left to MSW, as before.
 */
async function controlledByWorker(): Promise<void> {
  const workers = navigator.serviceWorker
  const registeredHere = (await window.__insightDeskMockWorker) ?? false
  if (!workers || workers.controller || !registeredHere) return
  await new Promise<void>((resolve) => {
    workers.addEventListener('controllerchange', () => resolve(), { once: true })
    if (workers.controller) resolve()
    // A worker that never activates (its script failed) leaves the rest to MSW, which reports why.
    setTimeout(resolve, 5_000)
  })
}

/** Starts the in-browser mock; in mock mode the app's requests wait for it (main.tsx). */
export function startMockWorker(): Promise<unknown> {
  if (!started) {
    // In the browser the mock is a logged-in user with every scope, and edits survive reloads.
    setMockAuthMode('session')
    setMockLatency(browserLatency())
    const fromUrl = takeChaosFromUrl()
    setChaosDrill(fromUrl === undefined ? savedChaos() : fromUrl)
    demoData ??= openDemoData()
    // The service worker starts while the data opens: the app sends nothing before both are done (main.tsx).
    started = Promise.all([
      demoData,
      controlledByWorker().then(() =>
        worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } }),
      ),
    ])
  }
  return started
}

/**
 * The mock's answer to a GET of `url`, worked out in this page by the same handlers, as soon as the demo data is open:
 * index.html asks for the page's first data this way, so it does not wait for the service worker's start.
 */
export async function answerInPage(url: string): Promise<Response> {
  // Sets the mock up (session, latency, failure drill) and opens the data; whoever starts the mock awaits the rest.
  void startMockWorker()
  await demoData
  const request = new Request(new URL(url, location.href), { headers: { Accept: 'application/json' } })
  const response = await getResponse(pageHandlers, request)
  // As fetch would: a dropped connection (offline, the failure drill) rejects instead of answering.
  if (!response || response.type === 'error') throw new TypeError('Failed to fetch')
  return response
}

export function stopMockWorker(): void {
  if (!started) return
  worker.stop()
  started = null
}

/** Settings' "Reset demo data": every tab sees the seeded data from its next request on. */
export async function resetDemoData(): Promise<void> {
  const shared = await demoData
  if (shared) await shared.reset()
  else resetMockStore()
}

/** Runs when another tab changed the demo data, so this one can fetch what it shows again. */
export async function onDemoDataChangedElsewhere(listener: () => void): Promise<() => void> {
  const shared = await demoData
  return shared ? shared.onChangedElsewhere(listener) : () => undefined
}

/** The notice shown when saved data had to be discarded, or when storage is full. */
export { dismissMockStoreNotice, getMockStoreNotice, onMockStoreNotice, type MockStoreNotice } from './store/store'
export { setMockLatency, getMockChaos, getMockChaosStats } from './handlers/runtime'
