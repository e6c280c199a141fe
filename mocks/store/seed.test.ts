import { describe, expect, it } from 'vitest'
import { insightKind, insightKindSchema } from '@/api/schemas/query'
import { TAG_NAMES } from './catalog'
import { DEFAULT_INSIGHT_COUNT, seedMockData } from './seed'

const NOW = new Date('2026-11-20T00:00:00Z')

describe('seedMockData', () => {
  it('is deterministic: the same options give identical data', () => {
    expect(JSON.stringify(seedMockData({ now: NOW }))).toBe(JSON.stringify(seedMockData({ now: NOW })))
  })

  it('keeps ids, short_ids and names stable when only the anchor moves', () => {
    const a = seedMockData({ insights: 50, now: NOW })
    const b = seedMockData({ insights: 50, now: new Date('2027-03-01T00:00:00Z') })
    expect(b.insights.map((insight) => [insight.id, insight.short_id, insight.name])).toEqual(
      a.insights.map((insight) => [insight.id, insight.short_id, insight.name]),
    )
    expect(b.insights[0]?.created_at).not.toBe(a.insights[0]?.created_at)
  })

  it('seeds ~600 insights of every type in project 1 and fewer in project 2', () => {
    const db = seedMockData({ now: NOW })
    const primary = db.insights.filter((insight) => insight.project_id === 1)
    const secondary = db.insights.filter((insight) => insight.project_id === 2)
    expect(primary).toHaveLength(DEFAULT_INSIGHT_COUNT)
    expect(secondary.length).toBeGreaterThan(0)
    expect(secondary.length).toBeLessThan(primary.length)
    const kinds = new Set(primary.map((insight) => insightKind(insight.query)))
    expect([...kinds].sort()).toEqual([...insightKindSchema.options].sort())
  })

  it('gives every insight a unique 8-character alphanumeric short_id and unique ids', () => {
    const db = seedMockData({ now: NOW })
    expect(new Set(db.insights.map((insight) => insight.short_id)).size).toBe(db.insights.length)
    expect(new Set(db.insights.map((insight) => insight.id)).size).toBe(db.insights.length)
    expect(db.insights.every((insight) => /^[A-Za-z0-9]{8}$/.test(insight.short_id))).toBe(true)
  })

  it('has named and unnamed insights, descriptions within 400 characters, and the catalogue of 30 tags', () => {
    const db = seedMockData({ now: NOW })
    const unnamed = db.insights.filter((insight) => insight.name === null)
    expect(unnamed.length).toBeGreaterThan(20)
    expect(unnamed.every((insight) => Boolean(insight.derived_name))).toBe(true)
    expect(db.insights.every((insight) => (insight.description ?? '').length <= 400 && (insight.name ?? '').length <= 400)).toBe(
      true,
    )
    const used = new Set(db.insights.flatMap((insight) => insight.tags))
    expect(TAG_NAMES).toHaveLength(30)
    expect(used.size).toBe(30)
  })

  it('seeds 8 users with Ada Lovelace as user 1, dashboards, views, activity and sharing with passwords', () => {
    const db = seedMockData({ now: NOW })
    expect(db.users).toHaveLength(8)
    expect(db.users[0]).toMatchObject({ id: 1, first_name: 'Ada', last_name: 'Lovelace' })
    expect(db.dashboards.length).toBeGreaterThan(10)
    expect(db.views.some((view) => view.user_id === 1)).toBe(true)
    expect(db.activity.filter((entry) => entry.activity === 'created')).toHaveLength(db.insights.length)
    expect(db.activity.some((entry) => entry.activity === 'updated')).toBe(true)
    expect(db.sharing.some((config) => config.password_required && config.passwords.length > 0)).toBe(true)
    expect(db.insights.some((insight) => insight.deleted)).toBe(true)
  })

  it('seeds absolute and percentage thresholds with lower, upper and both bounds', () => {
    const { thresholds } = seedMockData({ now: NOW })
    const types = new Set(thresholds.map((threshold) => threshold.configuration.type))
    expect(types).toEqual(new Set(['absolute', 'percentage']))
    const shapes = new Set(
      thresholds.map(({ configuration: { bounds } }) => `${bounds?.lower !== undefined}/${bounds?.upper !== undefined}`),
    )
    expect(shapes).toEqual(new Set(['true/false', 'false/true', 'true/true']))
  })

  // How fast it seeds is the benchmark's business (npm run bench), never a timed test's.
  it('seeds 10,000 insights on request', () => {
    const db = seedMockData({ insights: 10_000, now: NOW })
    expect(db.insights.filter((insight) => insight.project_id === 1)).toHaveLength(10_000)
  })
})
