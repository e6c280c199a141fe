import { describe, expect, it } from 'vitest'
import { insightSchema } from '@/api/schemas/insight'
import { readInsightResult } from '@/api/schemas/insight-result'
import { insightKind, type InsightKind } from '@/api/schemas/query'
import { computeInsightResult, sqlColumns } from './results'
import { seedMockData } from './seed'
import { serializeInsight } from './serialize'
import { MockStore } from './store'

const now = new Date('2026-11-20T00:00:00Z')
const db = seedMockData({ insights: 300, now })
const store = new MockStore(db, {})

function firstOf(kind: InsightKind) {
  const insight = db.insights.find((candidate) => insightKind(candidate.query) === kind)
  if (!insight) throw new Error(`seed has no ${kind} insight`)
  return insight
}

describe('computeInsightResult', () => {
  it('is a pure function of the insight and its refresh time', () => {
    const insight = firstOf('TRENDS')
    const at = new Date(insight.last_refresh ?? now)
    expect(computeInsightResult(insight, at)).toEqual(computeInsightResult(insight, at))
  })

  it.each(['TRENDS', 'STICKINESS', 'LIFECYCLE', 'FUNNELS', 'RETENTION', 'PATHS', 'SQL', 'JSON'] as const)(
    'gives %s insights a result of their shape',
    (kind) => {
      const insight = firstOf(kind)
      const { result, columns } = store.resultOf(insight)
      const view = readInsightResult(kind, result, columns)
      expect(view.kind).toBe(kind)
    },
  )

  it('computes lifecycle with new, returning, resurrecting and a negative dormant series', () => {
    const view = readInsightResult('LIFECYCLE', store.resultOf(firstOf('LIFECYCLE')).result)
    if (view.kind !== 'LIFECYCLE') throw new Error('not a lifecycle result')
    expect(view.series.map((series) => series.status)).toEqual(['new', 'returning', 'resurrecting', 'dormant'])
    expect(view.series[3]?.data.every((value) => value <= 0)).toBe(true)
  })

  it('computes trends series with matching data, labels and days, and counts that sum the data', () => {
    const view = readInsightResult('TRENDS', store.resultOf(firstOf('TRENDS')).result)
    if (view.kind !== 'TRENDS') throw new Error('not a trends result')
    for (const series of view.series) {
      expect(series.data).toHaveLength(series.labels.length)
      expect(series.days).toHaveLength(series.data.length)
      expect(series.count).toBe(series.data.reduce((total, value) => total + value, 0))
    }
  })

  it('computes funnel steps that never grow from one step to the next', () => {
    const view = readInsightResult('FUNNELS', store.resultOf(firstOf('FUNNELS')).result)
    if (view.kind !== 'FUNNELS' || view.viz !== 'steps') throw new Error('not a funnel steps result')
    const steps = view.steps.flat()
    steps.forEach((step, index) => {
      expect(step.order).toBe(index)
      if (index > 0) expect(step.count).toBeLessThanOrEqual(steps[index - 1]?.count ?? 0)
    })
    expect(steps[0]?.average_conversion_time).toBeNull()
  })

  it('serializes every seeded insight so that it parses with the contract', () => {
    for (const insight of db.insights) expect(insightSchema.safeParse(serializeInsight(store, insight, 1)).success).toBe(true)
  })
})

describe('sqlColumns', () => {
  it('reads aliases and bare expressions of the select list', () => {
    expect(sqlColumns('SELECT properties.$current_url AS url, count() AS pageviews FROM events')).toEqual(['url', 'pageviews'])
    expect(sqlColumns('select event, count(distinct person_id) from events group by event')).toEqual([
      'event',
      'count(distinct person_id)',
    ])
  })
})
