import { describe, expect, it } from 'vitest'
import { addClutter, equivalentQuery } from './clutter'
import { createRandom } from './prng'
import { seedMockData } from './seed'

const NOW = new Date('2026-11-20T00:00:00Z')

describe('demo clutter', () => {
  it('has template samples, copies whose query is written differently, and insights last viewed long ago', () => {
    const db = seedMockData({ now: NOW })
    const samples = db.insights.filter((insight) => insight.is_sample)
    expect(samples.length).toBe(18)
    expect(samples.every((insight) => insight.project_id === 1)).toBe(true)
    const copies = db.insights.filter((insight) => insight.name?.endsWith(' (copy)'))
    expect(copies.length).toBeGreaterThan(0)
    const longAgo = NOW.getTime() - 200 * 86_400_000
    const lastViews = new Map<number, number>()
    for (const view of db.views)
      lastViews.set(view.insight_id, Math.max(lastViews.get(view.insight_id) ?? 0, Date.parse(view.viewed_at)))
    expect([...lastViews.values()].filter((at) => at < longAgo).length).toBe(40)
  })

  it('rewrites a query without changing what it asks: weeks for days, no null date_to, other key order', () => {
    const query = {
      kind: 'InsightVizNode',
      source: {
        kind: 'TrendsQuery',
        series: [{ kind: 'EventsNode', event: 'signup', name: 'signup' }],
        dateRange: { date_from: '-14d', date_to: null },
      },
    }
    const copy = equivalentQuery(query, createRandom(1)) as { source: Record<string, unknown> }
    expect(JSON.stringify(copy)).not.toBe(JSON.stringify(query))
    expect(copy.source.dateRange).toEqual({ date_from: '-2w' })
    expect(copy.source.filterTestAccounts).toBe(false)
    expect(Object.keys(copy)).toEqual(['source', 'kind'])
  })

  it('leaves the first half of project 1 as the seed made it', () => {
    const db = seedMockData({ now: NOW, insights: 200 })
    const before = JSON.stringify(db.insights.slice(0, 90))
    expect(addClutter(db, NOW.getTime()).samples).toBeGreaterThan(0)
    expect(JSON.stringify(db.insights.slice(0, 90))).toBe(before)
  })
})
