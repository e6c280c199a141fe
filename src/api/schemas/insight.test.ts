import { describe, expect, it } from 'vitest'
import { INSIGHT_TEXT_MAX_LENGTH, insightCreateSchema, insightSchema, trendingInsightSchema } from './insight'
import { paginatedSchema } from './pagination'

const user = { id: 1, uuid: 'u-1', distinct_id: 'user-1', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.example' }
const insight = {
  id: 7,
  short_id: 'Ab3dE5gH',
  name: null,
  derived_name: 'Pageview count',
  query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [] } },
  order: null,
  deleted: false,
  dashboards: [1],
  description: null,
  tags: ['growth'],
  favorited: false,
  saved: true,
  created_at: '2026-01-01T00:00:00Z',
  created_by: user,
  last_modified_at: '2026-01-02T00:00:00Z',
  last_modified_by: null,
  last_refresh: null,
  is_cached: true,
  result: [],
  last_viewed_at: null,
  timezone: 'UTC',
  user_access_level: 'editor',
}

describe('insightSchema', () => {
  it('parses PostHog insight with extra fields, dropping what the app does not read', () => {
    const parsed = insightSchema.parse({ ...insight, effective_privilege_level: 37, hogql: 'select 1' })
    expect(parsed.short_id).toBe('Ab3dE5gH')
    expect(parsed).not.toHaveProperty('hogql')
  })

  it('requires only what addresses the insight, and reads a malformed field as empty rather than failing the row', () => {
    expect(insightSchema.safeParse({ ...insight, short_id: undefined }).success).toBe(false)
    expect(insightSchema.parse({ ...insight, tags: 'growth' }).tags).toEqual([])
  })

  it('adds view_count and viewers for trending rows', () => {
    expect(trendingInsightSchema.parse({ ...insight, view_count: 3, viewers: [user] }).view_count).toBe(3)
  })

  it('pages with count, next and previous', () => {
    const page = paginatedSchema(insightSchema).parse({ count: 1, next: null, previous: null, results: [insight] })
    expect(page.results).toHaveLength(1)
  })
})

describe('insightCreateSchema', () => {
  it('limits name, derived_name and description to PostHog max_length with its message', () => {
    const tooLong = 'x'.repeat(INSIGHT_TEXT_MAX_LENGTH + 1)
    for (const field of ['name', 'derived_name', 'description']) {
      const result = insightCreateSchema.safeParse({ [field]: tooLong })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('Ensure this field has no more than 400 characters.')
    }
    expect(insightCreateSchema.safeParse({ name: 'x'.repeat(INSIGHT_TEXT_MAX_LENGTH) }).success).toBe(true)
  })

  it('accepts an empty body (PATCH) and nulls where PostHog allows them', () => {
    expect(insightCreateSchema.parse({})).toEqual({})
    expect(insightCreateSchema.parse({ name: null, description: null, query: null }).name).toBeNull()
  })
})
