import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { updateInsight } from './insights'
import { fetchTags, tagKeys, tagQueries } from './tags'
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
