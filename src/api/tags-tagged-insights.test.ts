import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { bulkUpdateInsightTags, fetchInsightBasicList } from './insights'
import { fetchTaggedInsights, tagKeys, taggedInsightsQuery } from './tags'
import { PROJECT_ID, resetMockData } from './test-support'

describe('insights carrying a tag', () => {
  beforeEach(() => resetMockData(1100))

  it('pages through every live insight with the tag, beyond one page of 1,000', async () => {
    const all = await fetchInsightBasicList(PROJECT_ID, { limit: 1000 })
    const more = await fetchInsightBasicList(PROJECT_ID, { limit: 1000, offset: 1000 })
    const ids = [...all.results, ...more.results].map((insight) => insight.id)
    for (let start = 0; start < ids.length; start += 500) {
      await bulkUpdateInsightTags(PROJECT_ID, { ids: ids.slice(start, start + 500), action: 'add', tags: ['everywhere'] })
    }
    const tagged = await fetchTaggedInsights(PROJECT_ID, 'everywhere')
    expect(tagged).toHaveLength(ids.length)
    expect(tagged.length).toBeGreaterThan(1000)
    expect(new Set(tagged.map((insight) => insight.id)).size).toBe(ids.length)
    expect(tagged.every((insight) => insight.tags.includes('everywhere'))).toBe(true)
  })

  it('answers only the carriers, with their other tags', async () => {
    const [first, second] = (await fetchInsightBasicList(PROJECT_ID, { limit: 2 })).results
    if (!first || !second) throw new Error('the seed has insights')
    await bulkUpdateInsightTags(PROJECT_ID, { ids: [first.id, second.id], action: 'add', tags: ['pair'] })
    const tagged = await fetchTaggedInsights(PROJECT_ID, 'pair')
    expect(tagged.map((insight) => insight.id).sort((a, b) => a - b)).toEqual([first.id, second.id].sort((a, b) => a - b))
    expect(tagged.find((insight) => insight.id === first.id)?.tags).toEqual(expect.arrayContaining([...first.tags, 'pair']))
  })

  it('is cached under the project tags key, so tag writes invalidate it', async () => {
    const client = new QueryClient()
    await client.fetchQuery(taggedInsightsQuery(PROJECT_ID, 'pair'))
    await client.invalidateQueries({ queryKey: tagKeys.list(PROJECT_ID) })
    expect(client.getQueryState(taggedInsightsQuery(PROJECT_ID, 'pair').queryKey)?.isInvalidated).toBe(true)
  })
})
