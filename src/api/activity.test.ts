import { InfiniteQueryObserver } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { activityKeys, activityQueries, fetchInsightActivity, fetchProjectInsightActivity } from './activity'
import { createInsight, updateInsight } from './insights'
import { createTestQueryClient, PROJECT_ID, recordRequests, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('activity', () => {
  it('keys separate the project feed from one insight’s history', () => {
    expect(activityKeys.projectInsights('1')).toEqual(['activity', '1', 'insights'])
    expect(activityKeys.insight('1', 9)).toEqual(['activity', '1', 'insight', 9])
    expect(activityQueries.insight('1', 9, { page: 2 }).queryKey).toEqual(['activity', '1', 'insight', 9, { page: 2 }])
    expect(activityQueries.projectInsights('1').queryKey).toEqual(['activity', '1', 'insights', {}])
  })

  it('records create, update, soft delete and restore with before/after changes', async () => {
    const created = await createInsight(PROJECT_ID, { name: 'Activation rate — APAC' })
    await updateInsight(PROJECT_ID, created.id, { name: 'Activation rate — EU' })
    await updateInsight(PROJECT_ID, created.id, { deleted: true })
    await updateInsight(PROJECT_ID, created.id, { deleted: false })

    const history = await fetchInsightActivity(PROJECT_ID, created.id)
    expect(history.results.map((entry) => entry.activity)).toEqual(['restored', 'deleted', 'updated', 'created'])
    expect(history.total_count).toBe(4)
    const rename = history.results[2]?.detail?.changes?.find((change) => change.field === 'name')
    expect(rename).toMatchObject({ before: 'Activation rate — APAC', after: 'Activation rate — EU' })
    expect(history.results[0]?.detail?.short_id).toBe(created.short_id)
  })

  it('pages the project feed with a 1-based page and limit', async () => {
    const requests = recordRequests()
    const first = await fetchProjectInsightActivity(PROJECT_ID, { limit: 3 })
    const second = await fetchProjectInsightActivity(PROJECT_ID, { limit: 3, page: 2 })
    requests.stop()
    expect(requests.urls.at(-1)?.searchParams.get('page')).toBe('2')
    expect(first.results).toHaveLength(3)
    expect(first.previous).toBeNull()
    expect(new URL(first.next ?? '').searchParams.get('page')).toBe('2')
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id)
    expect(second.total_count).toBe(first.total_count)
  })
})

describe('the project feed that grows with "Load more"', () => {
  it('appends the next page until the server has no more, under the key insight writes invalidate', async () => {
    const client = createTestQueryClient()
    const options = activityQueries.projectInsightsFeed(PROJECT_ID, 25)
    expect(options.queryKey.slice(0, 3)).toEqual(activityKeys.projectInsights(PROJECT_ID))
    const observer = new InfiniteQueryObserver(client, options)
    const first = await observer.refetch()
    const total = first.data?.pages[0]?.total_count ?? 0
    expect(total).toBeGreaterThan(25)
    const second = await observer.fetchNextPage()
    expect(second.data?.pages).toHaveLength(2)
    expect(second.data?.pageParams).toEqual([1, 2])
    expect(second.data?.pages[1]?.results[0]?.id).not.toBe(second.data?.pages[0]?.results[0]?.id)

    let result = second
    while (result.hasNextPage) result = await observer.fetchNextPage()
    expect(result.data?.pages.flatMap((page) => page.results)).toHaveLength(total)
  })
})
