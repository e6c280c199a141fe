import type { ConnectionMode } from '@/stores/connection-store'

/**
 * Starts or stops the in-browser mock to match the connection mode. The mock is imported dynamically so it is a
 * chunk of its own that API mode never downloads.
 */
export async function applyConnectionMode(mode: ConnectionMode): Promise<void> {
  if (mode === 'mock') {
    const { startMockWorker } = await import('@mocks/browser')
    await startMockWorker()
    return
  }
  if ('serviceWorker' in navigator && navigator.serviceWorker.controller) {
    const { stopMockWorker } = await import('@mocks/browser')
    stopMockWorker()
  }
}
