import { describe, expect, it } from 'vitest'
import { insightBasicListSchema, insightListSchema, insightSchema } from '@/api/schemas/insight'
import { activityPageSchema } from '@/api/schemas/activity'
import { insightKind } from '@/api/schemas/query'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

const trendsQuery = {
  kind: 'InsightVizNode',
  source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: 'signed_up', name: 'signed_up' }] },
}

async function list(search = '') {
  const answer = await call(`${P}/insights/?${search}`)
  expect(answer.status).toBe(200)
  return insightListSchema.parse(answer.body)
}

function liveInsight(index = 0) {
  const insight = backend.store().db.insights.filter((candidate) => candidate.project_id === 1 && !candidate.deleted)[index]
  if (!insight) throw new Error('no live insight in the seed')
  return insight
}

describe('GET insights/', () => {
  it('pages with limit/offset and absolute next/previous URLs', async () => {
    const first = await list('limit=10')
    expect(first.results).toHaveLength(10)
    expect(first.previous).toBeNull()
    expect(first.next).toMatch(/^http:\/\/.*\/api\/projects\/1\/insights\/\?limit=10&offset=10$/)
    const second = insightListSchema.parse((await call(first.next ?? '')).body)
    expect(second.previous).toMatch(/offset=0/)
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id)
    const last = await list(`limit=10&offset=${first.count - 5}`)
    expect(last.results).toHaveLength(5)
    expect(last.next).toBeNull()
  })

  it('never lists deleted insights', async () => {
    const page = await list('limit=1000')
    const deleted = backend.store().db.insights.filter((insight) => insight.project_id === 1 && insight.deleted)
    expect(deleted.length).toBeGreaterThan(0)
    expect(page.results.some((insight) => insight.deleted)).toBe(false)
    expect(page.count).toBe(backend.store().db.insights.filter((insight) => insight.project_id === 1).length - deleted.length)
  })

  it('answers the basic form without results when basic=true', async () => {
    const answer = await call(`${P}/insights/?basic=true&limit=5`)
    const page = insightBasicListSchema.parse(answer.body)
    expect(page.results).toHaveLength(5)
    expect(record(page.results[0]).result).toBeUndefined()
    expect(record((await list('limit=1')).results[0]).result).toBeDefined()
  })

  it('filters by search with search_match_type, type, creator, tags, dashboards, favorited, user and dates', async () => {
    const search = await list('search=funnel&limit=1000')
    expect(search.results.length).toBeGreaterThan(0)
    expect(
      search.results.every((insight) => insight.search_match_type === 'exact' || insight.search_match_type === 'similar'),
    ).toBe(true)
    expect((await list('limit=5')).results.every((insight) => insight.search_match_type === undefined)).toBe(true)
    expect(
      (await list('insight=RETENTION&limit=1000')).results.every(
        (insight) => insightKind(insight.query, insight.filters) === 'RETENTION',
      ),
    ).toBe(true)
    expect((await list('created_by=[2]&limit=1000')).results.every((insight) => insight.created_by?.id === 2)).toBe(true)
    expect(
      (await list('tags=["growth","kpi"]&limit=1000')).results.every((insight) =>
        insight.tags.some((tag) => tag === 'growth' || tag === 'kpi'),
      ),
    ).toBe(true)
    expect((await list('dashboards=[1]&limit=1000')).results.every((insight) => insight.dashboards.includes(1))).toBe(true)
    expect((await list('favorited=true&limit=1000')).results.every((insight) => insight.favorited)).toBe(true)
    expect((await list('user=true&limit=1000')).results.every((insight) => insight.created_by?.id === 1)).toBe(true)
    const recent = await list('date_from=-30d&limit=1000')
    expect(
      recent.results.every((insight) => Date.parse(insight.last_modified_at ?? '') > Date.parse('2026-10-21T12:00:00Z')),
    ).toBe(true)
    const target = liveInsight(3)
    expect((await list(`short_id=${target.short_id}`)).results.map((insight) => insight.id)).toEqual([target.id])
  })

  it('orders by the order parameter', async () => {
    const byCreated = await list('order=-created_at&limit=50')
    const created = byCreated.results.map((insight) => insight.created_at)
    expect(created).toEqual([...created].sort().reverse())
  })

  it('rejects a filter PostHog would reject, naming it', async () => {
    const answer = await call(`${P}/insights/?date_from=next-tuesday`)
    expect(answer.status).toBe(400)
    expect(record(answer.body)).toMatchObject({ type: 'validation_error', attr: 'date_from' })
  })
})

describe('GET insights/:id', () => {
  it('accepts the numeric id or the short_id', async () => {
    const insight = liveInsight()
    for (const id of [String(insight.id), insight.short_id]) {
      const answer = await call(`${P}/insights/${id}/`)
      expect(answer.status).toBe(200)
      expect(insightSchema.parse(answer.body).short_id).toBe(insight.short_id)
    }
  })

  it('answers 404 for a deleted insight, an unknown one, and one of another project', async () => {
    const deleted = backend.store().db.insights.find((insight) => insight.deleted)
    expect((await call(`${P}/insights/${deleted?.id ?? 0}/`)).status).toBe(404)
    expect((await call(`${P}/insights/999999/`)).status).toBe(404)
    const other = backend.store().db.insights.find((insight) => insight.project_id === 2)
    expect((await call(`${P}/insights/${other?.short_id ?? ''}/`)).status).toBe(404)
    expect((await call(`/api/projects/2/insights/${other?.short_id ?? ''}/`)).status).toBe(200)
  })

  it('recomputes on refresh=blocking and answers cached otherwise', async () => {
    const insight = liveInsight()
    const cached = insightSchema.parse((await call(`${P}/insights/${insight.id}/`)).body)
    const refreshed = insightSchema.parse((await call(`${P}/insights/${insight.id}/?refresh=blocking`)).body)
    expect(cached.is_cached).toBe(true)
    expect(refreshed.is_cached).toBe(false)
    expect(refreshed.last_refresh).not.toBe(cached.last_refresh)
  })
})

describe('POST insights/', () => {
  it('creates with 201, a new 8-character short_id and a created activity entry', async () => {
    const answer = await call(`${P}/insights/`, {
      method: 'POST',
      body: { name: 'Weekly signups by plan', query: trendsQuery, tags: ['Growth', ' growth '], dashboards: [1] },
    })
    expect(answer.status).toBe(201)
    const insight = insightSchema.parse(answer.body)
    expect(insight.short_id).toMatch(/^[A-Za-z0-9]{8}$/)
    expect(insight.tags).toEqual(['growth'])
    expect(insight.created_by?.first_name).toBe('Ada')
    expect(insightKind(insight.query)).toBe('TRENDS')
    expect(insight.result).toBeDefined()
    expect((await call(`${P}/insights/${insight.short_id}/`)).status).toBe(200)
    const activity = activityPageSchema.parse((await call(`${P}/insights/${insight.id}/activity/`)).body)
    expect(activity.results[0]).toMatchObject({
      activity: 'created',
      item_id: String(insight.id),
      detail: { name: 'Weekly signups by plan', short_id: insight.short_id },
    })
  })

  it('derives a name for an unnamed insight', async () => {
    const insight = insightSchema.parse((await call(`${P}/insights/`, { method: 'POST', body: { query: trendsQuery } })).body)
    expect(insight.name).toBeNull()
    expect(insight.derived_name).toBe('Signed up count')
  })

  it('validates like PostHog: 400 with attr naming the field', async () => {
    const long = await call(`${P}/insights/`, { method: 'POST', body: { name: 'n'.repeat(401) } })
    expect(long.status).toBe(400)
    expect(record(long.body)).toEqual({
      type: 'validation_error',
      code: 'max_length',
      detail: 'Ensure this field has no more than 400 characters.',
      attr: 'name',
    })
    const description = await call(`${P}/insights/`, { method: 'POST', body: { description: 'd'.repeat(401) } })
    expect(record(description.body).attr).toBe('description')
    const tags = await call(`${P}/insights/`, { method: 'POST', body: { tags: 'growth' } })
    expect(record(tags.body)).toMatchObject({ attr: 'tags', code: 'invalid' })
    const dashboards = await call(`${P}/insights/`, { method: 'POST', body: { dashboards: [9999] } })
    expect(record(dashboards.body)).toMatchObject({ attr: 'dashboards', detail: 'Invalid pk "9999" - object does not exist.' })
    const query = await call(`${P}/insights/`, { method: 'POST', body: { query: { source: {} } } })
    // PostHog's QuerySchemaParser rejects a query without a readable kind while parsing: a parse error, no field.
    expect(record(query.body)).toMatchObject({ code: 'parse_error', attr: null })
    const notObject = await call(`${P}/insights/`, { method: 'POST', body: { query: 'trends' } })
    expect(record(notObject.body).attr).toBe('query')
  })
})

describe('PATCH and DELETE insights/:id', () => {
  it('a tag change, by PATCH or bulk_update_tags, leaves last_modified as it was (tags are not material in PostHog)', async () => {
    const insight = liveInsight()
    const { last_modified_at: modifiedAt } = insight
    const patched = await call(`${P}/insights/${insight.id}/`, { method: 'PATCH', body: { tags: ['not-material'] } })
    expect(patched.status).toBe(200)
    expect(insightSchema.parse(patched.body).last_modified_at).toBe(modifiedAt)
    const bulk = await call(`${P}/insights/bulk_update_tags/`, {
      method: 'POST',
      body: { ids: [insight.id], action: 'add', tags: ['also-not'] },
    })
    expect(bulk.status).toBe(200)
    const after = insightSchema.parse((await call(`${P}/insights/${insight.id}/`)).body)
    expect(after.tags).toEqual(['also-not', 'not-material'])
    expect(after.last_modified_at).toBe(modifiedAt)
  })

  it('updates fields, bumps last_modified and logs before/after changes', async () => {
    const insight = liveInsight()
    const { name: previousName, created_at: createdAt } = insight
    const answer = await call(`${P}/insights/${insight.short_id}/`, {
      method: 'PATCH',
      body: { name: 'Checkout funnel — EU', description: 'Renamed' },
    })
    expect(answer.status).toBe(200)
    const updated = insightSchema.parse(answer.body)
    expect(updated).toMatchObject({ name: 'Checkout funnel — EU', description: 'Renamed' })
    expect(updated.last_modified_by?.id).toBe(1)
    expect((updated.last_modified_at ?? '') > createdAt).toBe(true)
    const activity = activityPageSchema.parse((await call(`${P}/insights/${insight.id}/activity/`)).body)
    const entry = activity.results[0]
    expect(entry?.activity).toBe('updated')
    expect(entry?.detail?.changes).toContainEqual({
      type: 'Insight',
      action: 'changed',
      field: 'name',
      before: previousName,
      after: 'Checkout funnel — EU',
    })
  })

  it('validates PATCH bodies with attr', async () => {
    const answer = await call(`${P}/insights/${liveInsight().id}/`, { method: 'PATCH', body: { favorited: 'yes' } })
    expect(answer.status).toBe(400)
    expect(record(answer.body)).toMatchObject({ attr: 'favorited', detail: 'Must be a valid boolean.' })
  })

  it('reads only JSON bodies, as InsightViewSet’s QuerySchemaParser (a JSONParser) does: anything else is 415', async () => {
    const body = JSON.stringify({ name: 'Sent as JSON' })
    for (const contentType of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const refused = await call(`${P}/insights/`, { method: 'POST', body, headers: { 'Content-Type': contentType } })
      expect(refused.status, contentType).toBe(415)
      expect(record(refused.body), contentType).toEqual({
        type: 'invalid_request',
        code: 'unsupported_media_type',
        detail: `Unsupported media type "${contentType}" in request.`,
        attr: null,
      })
    }
    const insight = liveInsight()
    const patch = { method: 'PATCH', body: '{"name": "Renamed"}', headers: { 'Content-Type': 'text/plain' } }
    expect((await call(`${P}/insights/${insight.id}/`, patch)).status).toBe(415)
    expect(backend.store().db.insights.find((candidate) => candidate.id === insight.id)?.name).not.toBe('Renamed')
    const utf8 = { 'Content-Type': 'application/json; charset=utf-8' }
    expect((await call(`${P}/insights/`, { method: 'POST', body, headers: utf8 })).status).toBe(201)
    // An empty body is no data, whatever its type.
    expect(
      (await call(`${P}/insights/${insight.id}/`, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' } })).status,
    ).toBe(200)
  })

  it('refuses hard delete with a bare 405, for any id, as ForbidDestroyModel does', async () => {
    const insight = liveInsight()
    const answer = await call(`${P}/insights/${insight.id}/`, { method: 'DELETE' })
    expect(answer.status).toBe(405)
    expect(answer.body).toBeNull()
    expect((await call(`${P}/insights/999999/`, { method: 'DELETE' })).status).toBe(405)
    expect((await call(`${P}/insights/${insight.id}/`)).status).toBe(200)
  })

  it('soft-deletes with PATCH deleted:true and restores with deleted:false, logging both', async () => {
    const insight = liveInsight()
    expect((await call(`${P}/insights/${insight.id}/`, { method: 'PATCH', body: { deleted: true } })).status).toBe(200)
    expect((await call(`${P}/insights/${insight.id}/`)).status).toBe(404)
    expect((await list(`short_id=${insight.short_id}`)).count).toBe(0)
    const restored = await call(`${P}/insights/${insight.id}/`, { method: 'PATCH', body: { deleted: false } })
    expect(insightSchema.parse(restored.body).deleted).toBe(false)
    expect((await call(`${P}/insights/${insight.id}/`)).status).toBe(200)
    const activity = activityPageSchema.parse((await call(`${P}/insights/${insight.id}/activity/`)).body)
    expect(activity.results.slice(0, 2).map((entry) => entry.activity)).toEqual(['restored', 'deleted'])
    expect(activity.results[1]?.detail?.changes).toEqual([
      { type: 'Insight', action: 'changed', field: 'deleted', before: false, after: true },
    ])
  })

  it('changes the result when the query changes', async () => {
    const insight = liveInsight()
    const before = insightSchema.parse((await call(`${P}/insights/${insight.id}/`)).body)
    const after = insightSchema.parse(
      (await call(`${P}/insights/${insight.id}/`, { method: 'PATCH', body: { query: trendsQuery } })).body,
    )
    expect(insightKind(after.query)).toBe('TRENDS')
    expect(after.result).not.toEqual(before.result)
  })
})
