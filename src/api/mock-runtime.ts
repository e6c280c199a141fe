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
  const { resetMockStore } = await import('@mocks/browser')
  resetMockStore()
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
