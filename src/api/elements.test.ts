import { InfiniteQueryObserver } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { elementKeys, elementQueries, fetchElements, fetchElementStats, fetchElementValues } from './elements'
import { createTestQueryClient, PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('elements', () => {
  it('keys put stats and values under one aggregate prefix', () => {
    expect(elementKeys.list('1', { limit: 5 })).toEqual(['elements', '1', 'list', { limit: 5 }])
    expect(elementQueries.stats('1').queryKey.slice(0, 3)).toEqual(elementKeys.aggregates('1'))
    expect(elementQueries.values('1', { key: 'tag_name' }).queryKey.slice(0, 3)).toEqual(elementKeys.aggregates('1'))
  })

  it('are listed a page at a time, without ids (PostHog’s ElementSerializer has none)', async () => {
    const page = await fetchElements(PROJECT_ID, { limit: 5 })
    expect(page.results.length).toBe(5)
    expect(page.count).toBeGreaterThan(5)
    expect(page.unreadable).toBe(0)
    expect(page.results.every((element) => !('id' in element))).toBe(true)
  })

  it('answer stats and distinct values', async () => {
    const stats = await fetchElementStats(PROJECT_ID)
    expect(stats.length).toBeGreaterThan(0)
    expect(stats.every((stat) => stat.type === '$autocapture')).toBe(true)
    const withRageClicks = await fetchElementStats(PROJECT_ID, { include: ['$autocapture', '$rageclick'] })
    expect(withRageClicks.length).toBeGreaterThanOrEqual(stats.length)
    const values = await fetchElementValues(PROJECT_ID, { key: 'tag_name' })
    expect(values.map((value) => value.name)).toEqual(expect.arrayContaining(['a']))
  })
})

describe('the element list that grows with "Load more"', () => {
  it('pages by offset until the server has no more', async () => {
    const client = createTestQueryClient()
    const options = elementQueries.pages(PROJECT_ID, 15)
    expect(options.queryKey.slice(0, 3)).toEqual(elementKeys.lists(PROJECT_ID))
    const observer = new InfiniteQueryObserver(client, options)
    const first = await observer.refetch()
    const total = first.data?.pages[0]?.count ?? 0
    expect(total).toBeGreaterThan(15)
    let result = await observer.fetchNextPage()
    expect(result.data?.pageParams).toEqual([0, 15])
    while (result.hasNextPage) result = await observer.fetchNextPage()
    const rows = result.data?.pages.flatMap((page) => page.results) ?? []
    expect(rows).toHaveLength(total)
  })
})
