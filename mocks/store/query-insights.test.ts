import { describe, expect, it } from 'vitest'
import { insightKind } from '@/api/schemas/query'
import { parseInsightListParams, queryInsights, type InsightListParams } from './query-insights'
import { seedMockData } from './seed'
import { MockStore } from './store'

const now = new Date('2026-11-20T12:00:00Z')
const store = new MockStore(seedMockData({ insights: 400, now }), { clock: () => now })
const context = { projectId: 1, userId: 1 }
const live = store.db.insights.filter((insight) => insight.project_id === 1 && !insight.deleted)

function query(params: InsightListParams) {
  return queryInsights(store, context, { limit: 1000, ...params })
}

function parse(search: string): InsightListParams {
  const parsed = parseInsightListParams(new URLSearchParams(search), now)
  if ('problem' in parsed) throw new Error(parsed.problem.detail)
  return parsed.params
}

describe('queryInsights', () => {
  it('lists the live insights of the project, newest edit first', () => {
    const { count, rows } = query({})
    expect(count).toBe(live.length)
    const times = rows.map((row) => row.insight.last_modified_at)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('finds exact matches first, then similar ones, each saying which', () => {
    const { rows } = query({ search: 'chekout' })
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.match === 'similar')).toBe(true)
    const exact = query({ search: 'Checkout' })
    expect(exact.rows[0]?.match).toBe('exact')
    const kinds = exact.rows.map((row) => row.match)
    expect(kinds.indexOf('similar') === -1 || kinds.lastIndexOf('exact') < kinds.indexOf('similar')).toBe(true)
  })

  it('searches names, derived names, descriptions and tag names case-insensitively', () => {
    const tagged = live.find((insight) => insight.tags.includes('weekly-review'))
    expect(tagged).toBeDefined()
    expect(query({ search: 'WEEKLY-REVIEW' }).rows.some((row) => row.insight === tagged)).toBe(true)
    const described = live.find((insight) => insight.description?.includes('OKR'))
    expect(query({ search: 'okr review' }).rows.some((row) => row.insight === described)).toBe(true)
  })

  it('filters by type, creator, tags (any) and dashboards (all)', () => {
    expect(
      query({ insight: 'FUNNELS' }).rows.every((row) => insightKind(row.insight.query, row.insight.filters) === 'FUNNELS'),
    ).toBe(true)
    // An insight saved by an older PostHog (filters, no query) is found by its `filters.insight`, as PostHog does.
    expect(query({ insight: 'FUNNELS' }).rows.some((row) => row.insight.query === null)).toBe(true)
    expect(query({ createdBy: [2, 3] }).rows.every((row) => row.insight.created_by === 2 || row.insight.created_by === 3)).toBe(
      true,
    )
    const tags = query({ tags: ['growth', 'kpi'] }).rows
    expect(tags.every((row) => row.insight.tags.includes('growth') || row.insight.tags.includes('kpi'))).toBe(true)
    expect(tags.length).toBe(live.filter((insight) => insight.tags.includes('growth') || insight.tags.includes('kpi')).length)
    const both = live.find((insight) => insight.dashboards.length === 2)
    expect(both).toBeDefined()
    expect(
      query({ dashboards: both?.dashboards ?? [] }).rows.every((row) =>
        both?.dashboards.every((id) => row.insight.dashboards.includes(id)),
      ),
    ).toBe(true)
  })

  it('filters by favorited, own insights, saved and short_id', () => {
    expect(query({ favorited: true }).rows.every((row) => row.insight.favorited)).toBe(true)
    expect(query({ user: true }).rows.every((row) => row.insight.created_by === 1)).toBe(true)
    expect(query({ saved: false }).rows.every((row) => !row.insight.saved)).toBe(true)
    const target = live[5]
    expect(query({ shortId: target?.short_id ?? '' }).rows.map((row) => row.insight)).toEqual([target])
  })

  it('filters on relative and absolute dates', () => {
    const recent = query(parse('date_from=-7d')).rows
    expect(recent.every((row) => Date.parse(row.insight.last_modified_at) > now.getTime() - 7 * 86_400_000)).toBe(true)
    const before = query(parse('created_date_to=2026-01-01')).rows
    expect(before.every((row) => row.insight.created_at < '2026-01-01')).toBe(true)
    // Viewed by anyone, as PostHog's list annotates `last_viewed_at`: views by other users count too.
    const viewed = query(parse('last_viewed_date_from=-30d')).rows
    expect(viewed.length).toBeGreaterThan(0)
    const since = now.getTime() - 30 * 86_400_000
    const byAnyone = store.lastViewedByAnyone()
    expect(viewed.every((row) => Date.parse(byAnyone.get(row.insight.id) ?? '') > since)).toBe(true)
    expect(viewed.some((row) => !store.lastViewed(context.userId).has(row.insight.id))).toBe(true)
  })

  it('orders by name and by last viewed (never-viewed last), and pages with limit/offset', () => {
    const names = query({ order: { field: 'name', descending: false } }).rows.map((row) =>
      (row.insight.name ?? row.insight.derived_name ?? '').toLowerCase(),
    )
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const viewed = query({ order: { field: 'last_viewed_at', descending: true } }).rows
    const firstUnviewed = viewed.findIndex((row) => !store.lastViewedByAnyone().has(row.insight.id))
    expect(viewed.slice(firstUnviewed).every((row) => !store.lastViewedByAnyone().has(row.insight.id))).toBe(true)
    const page = queryInsights(store, context, { limit: 10, offset: 10 })
    expect(page.rows.map((row) => row.insight)).toEqual(
      query({})
        .rows.slice(10, 20)
        .map((row) => row.insight),
    )
  })
})

describe('parseInsightListParams', () => {
  it('reads limit and offset as DRF’s LimitOffsetPagination does', () => {
    const paging = (search: string) => {
      const parsed = parseInsightListParams(new URLSearchParams(search), now)
      return 'params' in parsed ? { limit: parsed.params.limit, offset: parsed.params.offset } : null
    }
    expect(paging('limit=25&offset=50')).toEqual({ limit: 25, offset: 50 })
    for (const bad of ['limit=0&offset=-3', 'limit=-5&offset=abc', 'limit=ten&offset=1.5', 'limit=&offset='])
      expect(paging(bad), bad).toEqual({ limit: undefined, offset: undefined })
    // No max_limit: a big limit stays as asked.
    expect(paging('limit=5000')).toEqual({ limit: 5000, offset: undefined })
  })

  it('names the parameter PostHog would reject', () => {
    const problem = (search: string) => {
      const parsed = parseInsightListParams(new URLSearchParams(search), now)
      return 'problem' in parsed ? parsed.problem.attr : null
    }
    expect(problem('insight=CHARTS')).toBe('insight')
    expect(problem('created_by=abc')).toBe('created_by')
    expect(problem('date_from=soon')).toBe('date_from')
    expect(problem('order=-color')).toBe('order')
    // LimitOffsetPagination never refuses its parameters: a bad limit is the default, a bad offset 0.
    expect(problem('limit=ten&offset=-1')).toBeNull()
    expect(problem('insight=trends&created_by=[1]&tags=["growth"]&order=-created_at')).toBeNull()
  })
})
