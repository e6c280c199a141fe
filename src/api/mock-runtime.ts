import type { ConnectionMode } from '@/stores/connection-store'

/**
 * Starts or stops the in-browser mock to match the connection mode. The mock is imported dynamically so it is a
 * chunk of its own that API mode never downloads. Returns the mock's notice when saved demo data had to be discarded.
 */
export async function applyConnectionMode(mode: ConnectionMode): Promise<string | null> {
  if (mode === 'mock') {
    const mock = await import('@mocks/browser')
    await mock.startMockWorker()
    const notice = mock.getMockStoreNotice()
    mock.dismissMockStoreNotice()
    return notice?.message ?? null
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
