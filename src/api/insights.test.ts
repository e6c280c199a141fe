import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import {
  applyBulkTagAction,
  bulkUpdateInsightTags,
  cancelInsightQuery,
  createInsight,
  fetchInsight,
  fetchInsightAnalysis,
  fetchInsightBasicList,
  fetchInsightList,
  fetchInsightListCsv,
  fetchInsightSuggestions,
  fetchMyLastViewedInsights,
  fetchTrendingInsights,
  generateInsightMetadata,
  hardDeleteInsight,
  insightKeys,
  insightListParams,
  insightQueries,
  markInsightsViewed,
  updateInsight,
} from './insights'
import { insightKind, type InsightQuery } from './schemas/query'
import { PROJECT_ID, recordRequests, resetMockData } from './test-support'

const trendsQuery: InsightQuery = {
  kind: 'InsightVizNode',
  source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview', name: '$pageview' }], interval: 'day' },
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

beforeEach(() => resetMockData())

describe('insightListParams', () => {
  it('names every filter as PostHog does, lists as JSON arrays', () => {
    expect(
      insightListParams(
        {
          search: '  signups ',
          insight: 'FUNNELS',
          created_by: [1, 2],
          tags: ['growth', 'web'],
          dashboards: [3],
          favorited: true,
          user: true,
          saved: false,
          date_from: '-7d',
          date_to: '2026-11-01',
          created_date_from: '-1m',
          created_date_to: '-1d',
          last_viewed_date_from: '-1y',
          last_viewed_date_to: '-2h',
          order: 'name',
          limit: 20,
          offset: 40,
        },
        true,
      ),
    ).toEqual({
      search: 'signups',
      insight: 'FUNNELS',
      created_by: [1, 2],
      tags: ['growth', 'web'],
      dashboards: [3],
      favorited: 'true',
      user: 'true',
      saved: 'false',
      date_from: '-7d',
      date_to: '2026-11-01',
      created_date_from: '-1m',
      created_date_to: '-1d',
      last_viewed_date_from: '-1y',
      last_viewed_date_to: '-2h',
      order: 'name',
      limit: 20,
      offset: 40,
      basic: 'true',
    })
  })

  it('leaves out switches that are off, empty lists, blank text and a zero offset', () => {
    expect(
      insightListParams({ search: '   ', tags: [], created_by: [], favorited: false, user: false, offset: 0 }, false),
    ).toEqual({})
  })

  it('gives equal filters the same key, whatever their property order', () => {
    const a = insightQueries.list(PROJECT_ID, { search: 'x', tags: ['a'] }).queryKey
    const b = insightQueries.list(PROJECT_ID, { tags: ['a'], search: 'x', favorited: false }).queryKey
    expect(JSON.stringify(a.slice(0, 3))).toBe(JSON.stringify(b.slice(0, 3)))
    expect(a[3]).toEqual(b[3])
  })
})

describe('insight query keys', () => {
  it('nest project → kind → parameters so invalidation can stay narrow', () => {
    expect(insightKeys.all).toEqual(['insights'])
    expect(insightKeys.lists('1')).toEqual(['insights', '1', 'list'])
    expect(insightKeys.list('1', { search: 'x' })).toEqual(['insights', '1', 'list', { search: 'x' }])
    expect(insightKeys.detail('1', 42)).toEqual(['insights', '1', 'detail', '42'])
    expect(insightKeys.detail('1', 'AbCd1234')).toEqual(['insights', '1', 'detail', 'AbCd1234'])
    expect(insightKeys.trending('1', { days: 7 })).toEqual(['insights', '1', 'trending', { days: 7 }])
    expect(insightKeys.lastViewed('1')).toEqual(['insights', '1', 'my-last-viewed'])
    expect(insightQueries.list('1', {}).queryKey).toEqual(['insights', '1', 'list', { basic: 'true' }])
    expect(insightQueries.listWithResults('1', {}).queryKey).toEqual(['insights', '1', 'list', {}])
    expect(insightQueries.detail('2', 7).queryKey).toEqual(['insights', '2', 'detail', '7'])
  })
})

describe('insight list', () => {
  it('sends the filters as query parameters and parses the page', async () => {
    const requests = recordRequests()
    const page = await fetchInsightBasicList(PROJECT_ID, { created_by: [1, 2], tags: ['growth'], favorited: true, limit: 5 })
    requests.stop()
    const url = requests.urls.at(-1)
    expect(url?.pathname).toBe('/api/projects/1/insights/')
    expect(url?.searchParams.get('created_by')).toBe('[1,2]')
    expect(url?.searchParams.get('tags')).toBe('["growth"]')
    expect(url?.searchParams.get('favorited')).toBe('true')
    expect(url?.searchParams.get('basic')).toBe('true')
    expect(url?.searchParams.get('limit')).toBe('5')
    for (const insight of page.results) {
      expect(insight.favorited).toBe(true)
      expect([1, 2]).toContain(insight.created_by?.id)
      expect(insight.tags).toContain('growth')
      expect(insight).not.toHaveProperty('result')
    }
  })

  it('includes results unless basic, and pages with next/previous URLs', async () => {
    const first = await fetchInsightList(PROJECT_ID, { limit: 10 })
    // The seed soft-deletes a few insights, which never count.
    expect(first.count).toBeGreaterThan(40)
    expect(first.count).toBeLessThanOrEqual(60)
    expect(first.results).toHaveLength(10)
    expect(first.results[0]).toHaveProperty('result')
    expect(first.previous).toBeNull()
    expect(new URL(first.next ?? '').searchParams.get('offset')).toBe('10')
    const second = await fetchInsightBasicList(PROJECT_ID, { limit: 10, offset: 10 })
    expect(second.results.map((insight) => insight.id)).not.toContain(first.results[0]?.id)
    expect(new URL(second.previous ?? '').searchParams.get('offset')).toBe('0')
  })

  it('orders by last modification, newest first, unless told otherwise', async () => {
    const byDefault = await fetchInsightBasicList(PROJECT_ID, { limit: 60 })
    const modified = byDefault.results.map((insight) => insight.last_modified_at)
    expect(modified).toEqual([...modified].sort().reverse())
    const byName = await fetchInsightBasicList(PROJECT_ID, { order: 'name', limit: 60 })
    const names = byName.results.map((insight) => (insight.name ?? insight.derived_name ?? '').toLowerCase())
    expect(names).toEqual([...names].sort())
  })

  it('filters by type', async () => {
    const page = await fetchInsightList(PROJECT_ID, { insight: 'FUNNELS', limit: 100 })
    expect(page.count).toBeGreaterThan(0)
    for (const insight of page.results) expect(insightKind(insight.query, insight.filters)).toBe('FUNNELS')
  })

  it('searches exact matches first, then similar ones, each saying which', async () => {
    const all = await fetchInsightBasicList(PROJECT_ID, { limit: 100 })
    const word = (all.results[0]?.name ?? '').split(/\s+/).find((part) => part.length >= 5) ?? 'funnel'
    const page = await fetchInsightBasicList(PROJECT_ID, { search: word.toUpperCase(), limit: 100 })
    expect(page.count).toBeGreaterThan(0)
    const types = page.results.map((insight) => insight.search_match_type)
    expect(types[0]).toBe('exact')
    expect(types.indexOf('exact')).toBeLessThanOrEqual(types.lastIndexOf('exact'))
    const firstSimilar = types.indexOf('similar')
    if (firstSimilar >= 0) expect(types.slice(firstSimilar).every((type) => type === 'similar')).toBe(true)
  })

  it('filters by relative and absolute dates', async () => {
    const recent = await fetchInsightBasicList(PROJECT_ID, { date_from: '-7d', limit: 100 })
    const since = new Date('2026-11-13T12:00:00Z').toISOString()
    for (const insight of recent.results) expect((insight.last_modified_at ?? '') >= since).toBe(true)
    const older = await fetchInsightBasicList(PROJECT_ID, { created_date_to: '2026-06-01', limit: 100 })
    for (const insight of older.results) expect((insight.created_at ?? '') < '2026-06-01').toBe(true)
  })

  it('answers 400 naming the parameter PostHog would reject', async () => {
    const error = await rejection(fetchInsightBasicList(PROJECT_ID, { date_from: 'last tuesday' }))
    expect(error.status).toBe(400)
    expect(error.attr).toBe('date_from')
  })

  it('exports the filtered list as CSV', async () => {
    const csv = await fetchInsightListCsv(PROJECT_ID, { limit: 3 })
    const lines = csv.trim().split(/\r?\n/)
    expect(lines[0]?.split(',')).toEqual(expect.arrayContaining(['id', 'short_id', 'name']))
    expect(lines.length).toBeGreaterThanOrEqual(4)
  })

  it('uses the environments path family when the connection asks for it', async () => {
    const { useConnectionStore } = await import('@/stores/connection-store')
    useConnectionStore.setState({ pathFamily: 'environments' })
    const requests = recordRequests()
    try {
      await fetchInsightBasicList(PROJECT_ID, { limit: 1 })
    } finally {
      requests.stop()
      useConnectionStore.setState({ pathFamily: 'projects' })
    }
    expect(requests.urls.at(-1)?.pathname).toBe('/api/environments/1/insights/')
  })
})

describe('one insight', () => {
  it('is found by numeric id and by short_id alike', async () => {
    const [first] = (await fetchInsightBasicList(PROJECT_ID, { limit: 1 })).results
    if (!first) throw new Error('seed has no insights')
    const byId = await fetchInsight(PROJECT_ID, first.id)
    const byShortId = await fetchInsight(PROJECT_ID, first.short_id)
    expect(byShortId.id).toBe(first.id)
    expect(byId.short_id).toMatch(/^[A-Za-z0-9]{8}$/)
    expect(byId).toHaveProperty('result')
  })

  it('answers 404 for an unknown insight', async () => {
    const error = await rejection(fetchInsight(PROJECT_ID, 999_999))
    expect(error.status).toBe(404)
  })

  it('is created with 201 and a new short_id', async () => {
    const created = await createInsight(PROJECT_ID, { name: 'Weekly signups by plan', query: trendsQuery, tags: ['Growth'] })
    expect(created.short_id).toMatch(/^[A-Za-z0-9]{8}$/)
    expect(created.tags).toEqual(['growth'])
    expect((await fetchInsight(PROJECT_ID, created.short_id)).name).toBe('Weekly signups by plan')
  })

  it('is renamed with PATCH, and a too-long name answers 400 naming the field', async () => {
    const renamed = await updateInsight(PROJECT_ID, 1, { name: 'Checkout funnel — EU' })
    expect(renamed.name).toBe('Checkout funnel — EU')
    const error = await rejection(updateInsight(PROJECT_ID, 1, { name: 'x'.repeat(401) }))
    expect(error.status).toBe(400)
    expect(error.attr).toBe('name')
  })

  it('cannot be hard-deleted (405); a soft delete hides it and a PATCH restores it', async () => {
    const refused = await rejection(hardDeleteInsight(PROJECT_ID, 1))
    expect(refused.status).toBe(405)
    // PostHog's 405 has no body (ForbidDestroyModel); the client words the status.
    expect(refused.detail).toBe('The server does not allow this action.')

    await updateInsight(PROJECT_ID, 1, { deleted: true })
    expect((await rejection(fetchInsight(PROJECT_ID, 1))).status).toBe(404)
    const list = await fetchInsightBasicList(PROJECT_ID, { limit: 100 })
    expect(list.results.map((insight) => insight.id)).not.toContain(1)

    const restored = await updateInsight(PROJECT_ID, 1, { deleted: false })
    expect(restored.deleted).toBe(false)
    expect((await fetchInsight(PROJECT_ID, 1)).id).toBe(1)
  })
})

describe('views', () => {
  it('records views that my_last_viewed (newest first) and trending read', async () => {
    await markInsightsViewed(PROJECT_ID, [3])
    await markInsightsViewed(PROJECT_ID, [5])
    const lastViewed = await fetchMyLastViewedInsights(PROJECT_ID)
    expect(lastViewed.length).toBeLessThanOrEqual(5)
    expect(lastViewed[0]?.id).toBe(5)
    expect(lastViewed[1]?.id).toBe(3)

    const trending = await fetchTrendingInsights(PROJECT_ID, { days: 7, limit: 50 })
    const five = trending.results.find((insight) => insight.id === 5)
    expect(five?.view_count).toBeGreaterThanOrEqual(1)
    expect(five?.viewers.length).toBeLessThanOrEqual(3)
    const counts = trending.results.map((insight) => insight.view_count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})

describe('bulk_update_tags', () => {
  it('adds, removes and sets tags like PostHog, skipping unknown ids', async () => {
    const added = await bulkUpdateInsightTags(PROJECT_ID, { ids: [1, 2, 999_999], action: 'add', tags: ['Q4-review'] })
    expect(added.updated.map((row) => row.id)).toEqual([1, 2])
    expect(added.updated.every((row) => row.tags.includes('q4-review'))).toBe(true)
    expect(added.skipped.map((row) => row.id)).toEqual([999_999])

    const removed = await bulkUpdateInsightTags(PROJECT_ID, { ids: [1], action: 'remove', tags: ['q4-review'] })
    expect(removed.updated[0]?.tags).not.toContain('q4-review')

    const set = await bulkUpdateInsightTags(PROJECT_ID, { ids: [2], action: 'set', tags: ['only'] })
    expect(set.updated[0]?.tags).toEqual(['only'])
    expect((await fetchInsight(PROJECT_ID, 2)).tags).toEqual(['only'])
  })

  it('answers 400 naming the field for an unknown action', async () => {
    const body = { ids: [1], action: 'replace', tags: ['x'] } as unknown as Parameters<typeof bulkUpdateInsightTags>[1]
    const error = await rejection(bulkUpdateInsightTags(PROJECT_ID, body))
    expect(error.status).toBe(400)
    expect(error.attr).toBe('action')
  })

  it('has a local twin that the optimistic update uses', () => {
    expect(applyBulkTagAction({ action: 'add', tags: ['b', 'a'] }, ['a', 'c'])).toEqual(['a', 'c', 'b'])
    expect(applyBulkTagAction({ action: 'remove', tags: ['a'] }, ['a', 'c'])).toEqual(['c'])
    expect(applyBulkTagAction({ action: 'set', tags: ['x', 'x'] }, ['a'])).toEqual(['x'])
  })
})

describe('assistants', () => {
  it('suggests a name and description from a query', async () => {
    const metadata = await generateInsightMetadata(PROJECT_ID, trendsQuery)
    expect(metadata.name.length).toBeGreaterThan(0)
    expect(metadata.description.length).toBeGreaterThan(0)
  })

  it('answers suggestions and an analysis for an insight, and cancels a query', async () => {
    await expect(fetchInsightSuggestions(PROJECT_ID, 1)).resolves.toEqual(expect.any(Array))
    const analysis = await fetchInsightAnalysis(PROJECT_ID, 1)
    expect(analysis.summary.length).toBeGreaterThan(0)
    await expect(cancelInsightQuery(PROJECT_ID, { client_query_id: 'abc-123' })).resolves.toBeUndefined()
  })
})
