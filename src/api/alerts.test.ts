import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchAlerts, fetchInsightIdsWithAlerts } from './alerts'
import { fetchThresholds } from './thresholds'
import { PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('alerts', () => {
  it('collects every page into the ids of the insights that have alerts', async () => {
    const all = await fetchAlerts(PROJECT_ID, { limit: 1000 })
    const ids = await fetchInsightIdsWithAlerts(PROJECT_ID)
    expect(new Set(ids)).toEqual(new Set(all.results.map((alert) => alert.insight.id)))
    const [first] = ids
    if (first === undefined) throw new Error('the seed has alerts')
    expect((await fetchThresholds(PROJECT_ID, first)).count).toBeGreaterThan(0)
  })

  it('reads every page when the alerts span several, one page after another', async () => {
    const all = await fetchAlerts(PROJECT_ID, { limit: 1000 })
    expect(all.count).toBeGreaterThan(2)
    const requested: string[] = []
    const realFetch = globalThis.fetch
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      requested.push(String(input instanceof Request ? input.url : input))
      return realFetch(input, init)
    })
    try {
      const ids = await fetchInsightIdsWithAlerts(PROJECT_ID, undefined, 1)
      expect(new Set(ids)).toEqual(new Set(all.results.map((alert) => alert.insight.id)))
    } finally {
      spy.mockRestore()
    }
    const offsets = requested.map((url) => Number(new URL(url, 'http://x').searchParams.get('offset')))
    expect(offsets).toEqual(Array.from({ length: all.count }, (_, index) => index))
  })
})
