import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchThreshold, fetchThresholds, thresholdKeys, thresholdQueries } from './thresholds'
import { PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

/** The first insight the seed gave thresholds to. */
async function insightWithThresholds(): Promise<number> {
  for (let id = 1; id <= 200; id++) {
    // A soft-deleted insight answers 404.
    const page = await fetchThresholds(PROJECT_ID, id).catch(() => null)
    if (page && page.count > 0) return id
  }
  throw new Error('the seed has no thresholds')
}

describe('thresholds', () => {
  it('keys nest under the insight', () => {
    expect(thresholdKeys.insight('1', 4)).toEqual(['thresholds', '1', '4'])
    expect(thresholdQueries.list('1', 4).queryKey).toEqual(['thresholds', '1', '4', 'list', {}])
    expect(thresholdQueries.detail('1', 4, 'abc').queryKey).toEqual(['thresholds', '1', '4', 'detail', 'abc'])
  })

  it('are listed per insight and retrieved by id, absolute or percentage with bounds', async () => {
    const insightId = await insightWithThresholds()
    const page = await fetchThresholds(PROJECT_ID, insightId, { limit: 10 })
    const [first] = page.results
    if (!first) throw new Error('empty page')
    expect(['absolute', 'percentage']).toContain(first.configuration.type)
    const bounds = first.configuration.bounds
    expect(bounds?.lower ?? bounds?.upper).toEqual(expect.any(Number))
    await expect(fetchThreshold(PROJECT_ID, insightId, first.id)).resolves.toEqual(first)
  })

  it('answer 404 for an unknown threshold', async () => {
    const insightId = await insightWithThresholds()
    const error: unknown = await fetchThreshold(PROJECT_ID, insightId, 'no-such-threshold').catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ApiError)
    expect(error instanceof ApiError ? error.status : null).toBe(404)
  })
})
