import { InfiniteQueryObserver } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  createElement,
  deleteElement,
  elementKeys,
  elementQueries,
  fetchElement,
  fetchElements,
  fetchElementStats,
  fetchElementValues,
  updateElement,
} from './elements'
import { ApiError } from './http'
import { createTestQueryClient, PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('elements', () => {
  it('keys put stats and values under one aggregate prefix that writes invalidate', () => {
    expect(elementKeys.list('1', { limit: 5 })).toEqual(['elements', '1', 'list', { limit: 5 }])
    expect(elementQueries.stats('1').queryKey.slice(0, 3)).toEqual(elementKeys.aggregates('1'))
    expect(elementQueries.values('1', { key: 'tag_name' }).queryKey.slice(0, 3)).toEqual(elementKeys.aggregates('1'))
  })

  it('are listed, created, retrieved, patched and deleted', async () => {
    const page = await fetchElements(PROJECT_ID, { limit: 5 })
    expect(page.results.length).toBeLessThanOrEqual(5)
    expect(page.count).toBeGreaterThan(0)

    const created = await createElement(PROJECT_ID, { tag_name: 'button', text: 'Start free trial', attr_class: ['cta'] })
    expect(created).toMatchObject({ tag_name: 'button', text: 'Start free trial', attr_class: ['cta'] })
    await expect(fetchElement(PROJECT_ID, created.id)).resolves.toEqual(created)

    const patched = await updateElement(PROJECT_ID, created.id, { text: 'Start trial' })
    expect(patched.text).toBe('Start trial')

    await expect(deleteElement(PROJECT_ID, created.id)).resolves.toBeUndefined()
    const error: unknown = await fetchElement(PROJECT_ID, created.id).catch((reason: unknown) => reason)
    expect(error instanceof ApiError ? error.status : null).toBe(404)
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
  it('pages by offset until the server has no more, under the key element writes invalidate', async () => {
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
    const ids = result.data?.pages.flatMap((page) => page.results.map((element) => element.id)) ?? []
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
  })
})
