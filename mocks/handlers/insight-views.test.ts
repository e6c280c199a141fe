import { describe, expect, it } from 'vitest'
import { insightListSchema, insightSchema, myLastViewedSchema, trendingInsightListSchema } from '@/api/schemas/insight'
import { configureMockStore } from '../store/store'
import { P, TEST_NOW, call, useMockBackend } from './test-support'

const backend = useMockBackend()

function liveIds(count: number): number[] {
  return backend
    .store()
    .db.insights.filter((insight) => insight.project_id === 1 && !insight.deleted)
    .slice(0, count)
    .map((insight) => insight.id)
}

function shortIdOf(id: number | undefined): string {
  return backend.store().db.insights.find((insight) => insight.id === id)?.short_id ?? ''
}

describe('viewed, my_last_viewed and trending', () => {
  it('records views that my_last_viewed lists, newest first, at most 5', async () => {
    const ids = liveIds(7)
    for (const id of ids)
      expect((await call(`${P}/insights/viewed/`, { method: 'POST', body: { insight_ids: [id] } })).status).toBe(201)
    const answer = await call(`${P}/insights/my_last_viewed/`)
    const viewed = myLastViewedSchema.parse(answer.body)
    expect(viewed.map((insight) => insight.id)).toEqual(ids.slice(2).reverse())
    // The list annotates each row with its latest view; a retrieve carries no annotation (None), as in PostHog.
    const listed = insightListSchema.parse((await call(`${P}/insights/?short_id=${shortIdOf(ids[6])}`)).body)
    expect(listed.results[0]?.last_viewed_at).toBe(viewed[0]?.last_viewed_at)
    expect(listed.results[0]?.last_viewed_at).toBeTruthy()
    const detail = insightSchema.parse((await call(`${P}/insights/${ids[6] ?? 0}/`)).body)
    expect(detail.last_viewed_at).toBeNull()
  })

  it("lists last_viewed_at by anyone, and my_last_viewed with the user's own view", async () => {
    const store = configureMockStore({ seed: { insights: 40, now: TEST_NOW }, clock: () => TEST_NOW })
    store.db.views = []
    const [id] = liveIds(1)
    if (id === undefined) throw new Error('seed too small')
    const at = (hoursAgo: number) => new Date(TEST_NOW.getTime() - hoursAgo * 3_600_000).toISOString()
    store.recordView(id, 1, at(5))
    store.recordView(id, 2, at(1))
    store.commit()

    const list = (await call(`${P}/insights/?basic=true&limit=100`)).body as {
      results: { id: number; last_viewed_at: string | null }[]
    }
    expect(list.results.find((row) => row.id === id)?.last_viewed_at).toBe(at(1))
    expect(list.results.filter((row) => row.id !== id).every((row) => row.last_viewed_at === null)).toBe(true)
    const mine = myLastViewedSchema.parse((await call(`${P}/insights/my_last_viewed/`)).body)
    expect(mine.map((row) => [row.id, row.last_viewed_at])).toEqual([[id, at(5)]])
    const trending = trendingInsightListSchema.parse((await call(`${P}/insights/trending/`)).body)
    expect(trending.results[0]?.last_viewed_at).toBe(at(1))
  })

  it('validates the viewed body', async () => {
    const answer = await call(`${P}/insights/viewed/`, { method: 'POST', body: { insight_ids: 'all' } })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ attr: 'insight_ids' })
  })

  it('ranks trending by views in the window, with view_count and up to 3 recent viewers', async () => {
    // Start from no views at all, so the ranking comes only from this test.
    const store = configureMockStore({ seed: { insights: 40, now: TEST_NOW }, clock: () => TEST_NOW })
    store.db.views = []
    const [popular, other] = liveIds(2)
    if (popular === undefined || other === undefined) throw new Error('seed too small')
    const at = (daysAgo: number) => new Date(TEST_NOW.getTime() - daysAgo * 86_400_000).toISOString()
    for (const userId of [1, 2, 3, 4, 5]) store.recordView(popular, userId, at(1))
    store.recordView(other, 6, at(2))
    store.recordView(other, 7, at(20))
    store.commit()

    const week = trendingInsightListSchema.parse((await call(`${P}/insights/trending/`)).body)
    expect(week.results.map((row) => [row.id, row.view_count])).toEqual([
      [popular, 5],
      [other, 1],
    ])
    expect(week.results[0]?.viewers.map((viewer) => viewer.id)).toHaveLength(3)
    const month = trendingInsightListSchema.parse((await call(`${P}/insights/trending/?days=30`)).body)
    expect(month.results.find((row) => row.id === other)?.view_count).toBe(2)
    // PostHog reads `days` and `limit` with int() and answers one message for both.
    expect((await call(`${P}/insights/trending/?days=0`)).body).toMatchObject({ count: 0, results: [] })
    expect((await call(`${P}/insights/trending/?days=week`)).body).toMatchObject({
      detail: 'days and limit must be valid integers',
    })
  })
})
