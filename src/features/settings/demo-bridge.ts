/*
 * The bridge between the app and the in-browser mock (start or stop it, chaos drill, reset demo data). It lives with
 * Settings, which drives it, and not in src/api/: the API client knows only HTTP and works the same against any PostHog.
 */
import type { ChaosStats, MockChaos } from '@mocks/handlers/runtime'
import type { ConnectionMode } from '@/stores/connection-store'

export type { ChaosMode, ChaosStats, MockChaos } from '@mocks/handlers/runtime'

/** The start-up reminder while a failure drill is on, so a forgotten drill is never mistaken for a broken app. */
function chaosNotice(chaos: MockChaos | null): string | null {
  if (!chaos) return null
  const rate = `${Math.round(chaos.failureRate * 100)}% of requests fail`
  const latency = chaos.extraLatency > 0 ? `, answers are ${chaos.extraLatency} ms slower` : ''
  return `Chaos drill is on: ${rate}${latency}. Switch it off in Settings.`
}

/**
 * Starts or stops the in-browser mock to match the connection mode. The mock is imported dynamically so it is a
 * chunk of its own that API mode never downloads. Returns what the user should be told at start-up: that saved demo
 * data had to be discarded, or that a failure drill is on.
 */
export async function applyConnectionMode(mode: ConnectionMode): Promise<string | null> {
  if (mode === 'mock') {
    const mock = await import('@mocks/browser')
    await mock.startMockWorker()
    await listenToMock()
    const notice = mock.getMockStoreNotice()
    mock.dismissMockStoreNotice()
    const messages = [notice?.message ?? null, chaosNotice(mock.getMockChaos())].filter((message) => message !== null)
    return messages.length ? messages.join(' ') : null
  }
  if ('serviceWorker' in navigator && navigator.serviceWorker.controller) {
    const { stopMockWorker } = await import('@mocks/browser')
    stopMockWorker()
  }
  return null
}

/** Settings' "Reset demo data": throws away every change made to the in-browser mock's data and seeds it anew. */
export async function resetDemoData(): Promise<void> {
  const mock = await import('@mocks/browser')
  await mock.resetDemoData()
}

/** What the demo data tells a running app: another tab changed it, or this tab's edits cannot be saved. */
export type DemoDataEvent = { kind: 'changed-elsewhere' } | { kind: 'notice'; message: string }

const demoDataListeners = new Set<(event: DemoDataEvent) => void>()
let listeningToMock = false

function emitDemoDataEvent(event: DemoDataEvent): void {
  for (const listener of demoDataListeners) listener(event)
}

/** Subscribes to the in-browser mock's events; the subscription holds across switches between mock and API mode. */
export function onDemoDataEvent(listener: (event: DemoDataEvent) => void): () => void {
  demoDataListeners.add(listener)
  return () => demoDataListeners.delete(listener)
}

async function listenToMock(): Promise<void> {
  if (listeningToMock) return
  listeningToMock = true
  const mock = await import('@mocks/browser')
  mock.onMockStoreNotice((notice) => emitDemoDataEvent({ kind: 'notice', message: notice.message }))
  await mock.onDemoDataChangedElsewhere(() => emitDemoDataEvent({ kind: 'changed-elsewhere' }))
}

/** The failure drill now in force (`null`: off) and how many requests it has seen and failed since it was set. */
export async function getChaosDrill(): Promise<{ chaos: MockChaos | null; stats: ChaosStats }> {
  const mock = await import('@mocks/browser')
  return { chaos: mock.getMockChaos(), stats: mock.getMockChaosStats() }
}

/** Settings' "Chaos drill": switches it on with this config, or off with `null`; remembered in this browser. */
export async function setChaosDrill(chaos: MockChaos | null): Promise<MockChaos | null> {
  const mock = await import('@mocks/browser')
  return mock.setChaosDrill(chaos)
}
