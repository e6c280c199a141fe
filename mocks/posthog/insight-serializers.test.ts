import { describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import {
  insightBasicListSchema,
  insightListSchema,
  insightSchema,
  myLastViewedSchema,
  trendingInsightListSchema,
} from '@/api/schemas/insight'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import {
  dashboardTileBasicSerializer,
  insightBasicSerializer,
  insightSerializer,
  searchMatchTypeSerializer,
  trendingInsightSerializer,
} from './insight-serializers'
import { keyDrift, type PostHogSerializer } from './inventory'
import { userBasicSerializer } from './user-serializers'

/*
 * The contract between the mock and the client for insights: every answer has exactly the fields of PostHog's
 * serializer for it (nested users and tiles included), and parses with the schema the client reads it with.
 */

const backend = useMockBackend(60)

const NO_DRIFT = { extra: [], missing: [] }

/** Every row has exactly the serializer's keys, plus `extraFields` (the search mixin's field on a searched list). */
function expectExactly(serializer: PostHogSerializer, rows: readonly unknown[], extraFields: readonly string[] = []) {
  expect(rows.length).toBeGreaterThan(0)
  const fields = { ...serializer, fields: [...serializer.fields, ...extraFields] }
  for (const row of rows) {
    const answer = record(row)
    expect(keyDrift(fields, answer), `${serializer.className} #${String(answer.id)}`).toEqual(NO_DRIFT)
    for (const user of ['created_by', 'last_modified_by'] as const) {
      const nested = answer[user]
      if (nested !== null && nested !== undefined) expect(keyDrift(userBasicSerializer, record(nested))).toEqual(NO_DRIFT)
    }
    for (const tile of (answer.dashboard_tiles as unknown[] | undefined) ?? [])
      expect(keyDrift(dashboardTileBasicSerializer, record(tile))).toEqual(NO_DRIFT)
  }
}

function parses(schema: z.ZodMiniType, body: unknown) {
  const parsed = schema.safeParse(body)
  expect(parsed.success, parsed.error?.message).toBe(true)
}

function liveInsight() {
  const insight = backend.store().db.insights.find((candidate) => candidate.project_id === 1 && !candidate.deleted)
  if (!insight) throw new Error('seed lacks a live insight')
  return insight
}

describe.each(['/api/projects/1', '/api/environments/1'])('insights under %s', (prefix) => {
  it('lists full insights (InsightSerializer) and basic ones (InsightBasicSerializer)', async () => {
    const full = await call(`${prefix}/insights/?limit=60`)
    expectExactly(insightSerializer, record(full.body).results as unknown[])
    parses(insightListSchema, full.body)

    const basic = await call(`${prefix}/insights/?basic=true&limit=60`)
    expectExactly(insightBasicSerializer, record(basic.body).results as unknown[])
    parses(insightBasicListSchema, basic.body)
  })

  it('adds search_match_type only to a searched list', async () => {
    const searched = await call(`${prefix}/insights/?search=a`)
    expectExactly(insightSerializer, record(searched.body).results as unknown[], searchMatchTypeSerializer.fields)
    parses(insightListSchema, searched.body)
  })

  it('retrieves a full insight, and a basic one with basic=true', async () => {
    const insight = liveInsight()
    const full = await call(`${prefix}/insights/${insight.short_id}/`)
    expectExactly(insightSerializer, [full.body])
    parses(insightSchema, full.body)
    const basic = await call(`${prefix}/insights/${insight.id}/?basic=true`)
    expectExactly(insightBasicSerializer, [basic.body])
  })
})

describe('insight writes answer InsightSerializer', () => {
  it('creates (201), renames (PATCH), soft-deletes and restores', async () => {
    const made = await call(`${P}/insights/`, {
      method: 'POST',
      body: { name: 'Signups', query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [] } } },
    })
    expect(made.status).toBe(201)
    expectExactly(insightSerializer, [made.body])
    parses(insightSchema, made.body)
    const id = Number(record(made.body).id)

    const renamed = await call(`${P}/insights/${id}/`, { method: 'PATCH', body: { name: 'Signups (EU)' } })
    expectExactly(insightSerializer, [renamed.body])
    expect(record(renamed.body).name).toBe('Signups (EU)')

    const deleted = await call(`${P}/insights/${id}/`, { method: 'PATCH', body: { deleted: true } })
    expectExactly(insightSerializer, [deleted.body])
    expect(record(deleted.body).deleted).toBe(true)
    // Deleted insights are out of the queryset except for the PATCH that restores them.
    expect((await call(`${P}/insights/${id}/`)).status).toBe(404)
    expect((await call(`${P}/insights/${id}/`, { method: 'PATCH', body: { name: 'x' } })).status).toBe(404)
    const restored = await call(`${P}/insights/${id}/`, { method: 'PATCH', body: { deleted: false } })
    expect(record(restored.body).deleted).toBe(false)
  })

  it('sends filters {} beside a query, and a legacy insight its filters with a null query', async () => {
    const rows = record((await call(`${P}/insights/?limit=60`)).body).results as Record<string, unknown>[]
    for (const row of rows) {
      if (row.query) expect(row.filters).toEqual({})
      else expect(record(row.filters).insight).toEqual(expect.any(String))
    }
  })
})

describe('views: viewed, my_last_viewed, trending', () => {
  it('answers viewed with 201 and no body, and my_last_viewed with basic insights', async () => {
    const insight = liveInsight()
    const viewed = await call(`${P}/insights/viewed/`, { method: 'POST', body: { insight_ids: [insight.id] } })
    expect(viewed.status).toBe(201)
    expect(viewed.body).toBeNull()
    const last = await call(`${P}/insights/my_last_viewed/`)
    expectExactly(insightBasicSerializer, last.body as unknown[])
    parses(myLastViewedSchema, last.body)
  })

  it('answers trending with TrendingInsightSerializer rows in an unpaged envelope, 10 by default, at most 100', async () => {
    const store = backend.store()
    const ids = store.db.insights.filter((insight) => insight.project_id === 1 && !insight.deleted).map((i) => i.id)
    const now = store.nowIso()
    for (const id of ids) store.recordView(id, 2, now)
    store.commit()

    const answer = record((await call(`${P}/insights/trending/`)).body)
    expect(Object.keys(answer).sort()).toEqual(['count', 'next', 'previous', 'results'])
    const rows = answer.results as Record<string, unknown>[]
    expect(rows).toHaveLength(10)
    expect(answer).toMatchObject({ count: 10, next: null, previous: null })
    expectExactly(trendingInsightSerializer, rows)
    for (const row of rows) {
      const viewers = row.viewers as unknown[]
      expect(viewers.length).toBeLessThanOrEqual(3)
      for (const viewer of viewers) expect(keyDrift(userBasicSerializer, record(viewer))).toEqual(NO_DRIFT)
    }
    parses(trendingInsightListSchema, answer)

    const capped = record((await call(`${P}/insights/trending/?limit=500&offset=5`)).body)
    expect(capped.count).toBe(Math.min(ids.length, 100))
    expect(capped.next).toBeNull()
  })
})

describe('the inventory', () => {
  it('names PostHog sources and lists each field once, nullable fields among them', () => {
    for (const serializer of [
      insightBasicSerializer,
      insightSerializer,
      trendingInsightSerializer,
      dashboardTileBasicSerializer,
      userBasicSerializer,
    ]) {
      expect(serializer.source).toMatch(/\.py$/)
      expect(new Set(serializer.fields).size).toBe(serializer.fields.length)
      for (const field of serializer.nullable) expect(serializer.fields).toContain(field)
    }
    // The basic form leaves out what only the full one sends.
    for (const field of ['deleted', 'last_modified_by', 'result', 'alerts', 'order'])
      expect(insightBasicSerializer.fields).not.toContain(field)
  })
})
