import { describe, expect, it } from 'vitest'
import { elementListSchema, elementStatsSchema, elementValuesSchema } from '@/api/schemas/element'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { elementSerializer, elementStatSerializer, elementStatsPage, elementValueSerializer } from './element-serializers'
import { expectedKeys, keyDrift } from './inventory'

useMockBackend()

describe('GET elements/ (ElementViewSet.list with ElementSerializer)', () => {
  it('sends exactly PostHog’s fields, no id, and parses with the client’s schema', async () => {
    const answer = await call(`${P}/elements/?limit=5`)
    const body = record(answer.body)
    expect(Object.keys(body).sort()).toEqual(['count', 'next', 'previous', 'results'])
    for (const row of body.results as object[]) expect(keyDrift(elementSerializer, row)).toEqual({ extra: [], missing: [] })
    const list = elementListSchema.parse(body)
    expect(list.results).toHaveLength(5)
    expect(list.unreadable).toBe(0)
    expect(list.next).toMatch(/offset=5/)
  })

  it('offers no way to address one element: no retrieve, edit, delete or create', async () => {
    expect((await call(`${P}/elements/1/`)).status).toBe(404)
    expect((await call(`${P}/elements/1/`, { method: 'PATCH', body: { text: 'x' } })).status).toBe(404)
    expect((await call(`${P}/elements/1/`, { method: 'DELETE' })).status).toBe(404)
    expect((await call(`${P}/elements/`, { method: 'POST', body: { text: 'x' } })).status).toBe(405)
  })

  it('lists every element whatever field filters are sent, as PostHog’s ElementViewSet has none', async () => {
    const all = record((await call(`${P}/elements/`)).body)
    const asked = record((await call(`${P}/elements/?tag_name=a&text=Pricing&selector=a.nav-link`)).body)
    expect(asked).toEqual(all)
  })
})

describe('GET elements/stats/', () => {
  it('answers a page of groups with exactly PostHog’s keys, counted for $autocapture by default', async () => {
    const body = record((await call(`${P}/elements/stats/`)).body)
    expect(keyDrift(elementStatsPage, body)).toEqual({ extra: [], missing: [] })
    const groups = body.results as Record<string, unknown>[]
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) {
      expect(keyDrift(elementStatSerializer, group)).toEqual({ extra: [], missing: [] })
      for (const element of group.elements as object[])
        expect(Object.keys(element).sort()).toEqual(expectedKeys(elementSerializer))
    }
    const stats = elementStatsSchema.parse(body)
    expect(stats.every((stat) => stat.type === '$autocapture')).toBe(true)
    const counts = stats.map((stat) => stat.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const rage = elementStatsSchema.parse((await call(`${P}/elements/stats/?include=$rageclick&include=$dead_click`)).body)
    expect(rage.every((stat) => stat.type !== '$autocapture')).toBe(true)
  })

  it('pages with limit and offset', async () => {
    const first = record((await call(`${P}/elements/stats/?limit=2`)).body)
    expect(first.results).toHaveLength(2)
    expect(first.previous).toBeNull()
    expect(first.next).toMatch(/offset=2/)
  })
})

describe('GET elements/values/ (ElementViewSet.values)', () => {
  it('answers `[{name}]` rows of one key, filtered case-sensitively by value', async () => {
    const answer = await call(`${P}/elements/values/?key=tag_name`)
    const rows = answer.body as Record<string, unknown>[]
    for (const row of rows) expect(keyDrift(elementValueSerializer, row)).toEqual({ extra: [], missing: [] })
    const tags = elementValuesSchema.parse(answer.body)
    expect(tags.map((entry) => entry.name)).toContain('button')
    expect(tags.length).toBeLessThanOrEqual(100)
    const filtered = elementValuesSchema.parse((await call(`${P}/elements/values/?key=text&value=watch`)).body)
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.every((entry) => entry.name.includes('watch'))).toBe(true)
    expect(elementValuesSchema.parse((await call(`${P}/elements/values/?key=text&value=WATCH`)).body)).toEqual([])
  })

  it('answers [] for a key that is not an ElementSerializer field, or one the chain spells otherwise', async () => {
    for (const key of ['unknown', 'selector', 'attr_class', 'nth_child'])
      expect(elementValuesSchema.parse((await call(`${P}/elements/values/?key=${key}`)).body)).toEqual([])
  })
})
