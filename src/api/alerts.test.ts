import { beforeEach, describe, expect, it } from 'vitest'
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
})
