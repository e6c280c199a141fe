import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { fetchInsightBasicList, updateInsight } from './insights'
import { fetchTagUsage, fetchTagUsageCount, fetchTags, tagKeys, tagQueries } from './tags'
import { PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('tags', () => {
  it('keys are per project', () => {
    expect(tagKeys.list('1')).toEqual(['tags', '1'])
  })

  it('lists every tag name in use, including new ones', async () => {
    const before = await fetchTags(PROJECT_ID)
    expect(before.length).toBeGreaterThan(0)
    expect(new Set(before).size).toBe(before.length)
    await updateInsight(PROJECT_ID, 1, { tags: ['brand-new-tag'] })
    expect(await fetchTags(PROJECT_ID)).toContain('brand-new-tag')
  })

  it('the query selects them sorted for pickers', async () => {
    const client = new QueryClient()
    const options = tagQueries.list(PROJECT_ID)
    const raw = await client.fetchQuery(options)
    const selected = options.select?.(raw)
    expect(selected).toEqual([...raw].sort((a, b) => a.localeCompare(b)))
  })
})

describe('tag usage', () => {
  it('counts the live insights carrying each tag, most used first', async () => {
    const usage = await fetchTagUsage(PROJECT_ID)
    const names = await fetchTags(PROJECT_ID)
    expect(usage.map((tag) => tag.name).sort()).toEqual([...names].sort())
    const counts = usage.map((tag) => tag.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const first = usage[0]
    if (!first) throw new Error('the seed has tags')
    const page = await fetchInsightBasicList(PROJECT_ID, { tags: [first.name], limit: 1 })
    expect(first.count).toBe(page.count)
  })

  it('follows an edit', async () => {
    await updateInsight(PROJECT_ID, 1, { tags: ['only-here'] })
    expect(await fetchTagUsageCount(PROJECT_ID, 'only-here')).toBe(1)
  })

  it('is cached under the tag list key, so tag writes invalidate it', () => {
    expect(tagKeys.usage('1').slice(0, 2)).toEqual(tagKeys.list('1'))
  })
})
