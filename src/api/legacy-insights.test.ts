import { beforeEach, describe, expect, it } from 'vitest'
import {
  fetchFunnelCorrelation,
  fetchLegacyFunnel,
  fetchLegacyTrend,
  legacyInsightQueries,
  reportInsightTiming,
} from './legacy-insights'
import { PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

const events = [
  { id: '$pageview', name: '$pageview', type: 'events' as const, order: 0 },
  { id: 'signed_up', name: 'signed_up', type: 'events' as const, order: 1 },
]

describe('legacy insight endpoints', () => {
  it('keys carry the filter', () => {
    expect(legacyInsightQueries.trend('1', { interval: 'week' }).queryKey).toEqual([
      'legacy-insights',
      '1',
      'trend',
      { interval: 'week' },
    ])
  })

  it('compute a trend with one series per event over the requested range', async () => {
    const trend = await fetchLegacyTrend(PROJECT_ID, { events, date_from: '-14d', interval: 'day' })
    expect(trend.result).toHaveLength(2)
    expect(trend.result[0]?.data?.length).toBe(trend.result[0]?.labels?.length)
  })

  it('compute funnel steps in order with falling counts, and correlations', async () => {
    const funnel = await fetchLegacyFunnel(PROJECT_ID, { events })
    expect(funnel.result.map((step) => step.order)).toEqual([0, 1])
    const [first, second] = funnel.result
    expect((second?.count ?? 0) <= (first?.count ?? 0)).toBe(true)
    const correlation = await fetchFunnelCorrelation(PROJECT_ID, { events })
    expect(Array.isArray(correlation.result.events)).toBe(true)
  })

  it('accept a timing report', async () => {
    await expect(reportInsightTiming(PROJECT_ID, { insight: 'TRENDS', duration: 812 })).resolves.toEqual({ success: true })
  })
})
