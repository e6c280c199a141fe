import { describe, expect, it } from 'vitest'
import { insightSchema } from '@/api/schemas/insight'
import { readInsightResult } from '@/api/schemas/insight-result'
import { insightKind, type InsightKind } from '@/api/schemas/query'
import { computeInsightResult, sqlColumns } from './results'
import { seedMockData } from './seed'
import { serializeInsight } from '../posthog/insight-serializers'
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
    for (const insight of db.insights)
      expect(insightSchema.safeParse(serializeInsight(store, insight, { lastViewedAt: null, alerts: [] })).success).toBe(true)
  })
})

const trendsQuery = (trendsFilter: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kind: 'InsightVizNode',
  source: {
    kind: 'TrendsQuery',
    series: [{ kind: 'EventsNode', event: '$pageview', name: '$pageview' }],
    dateRange: { date_from: '-7d' },
    trendsFilter,
    ...extra,
  },
})
const funnelQuery = (funnelVizType: string) => ({
  kind: 'InsightVizNode',
  source: {
    kind: 'FunnelsQuery',
    series: [
      { kind: 'EventsNode', event: '$pageview' },
      { kind: 'EventsNode', event: 'signed_up' },
    ],
    funnelsFilter: { funnelVizType },
  },
})

describe('computeInsightResult, per display and view (the shapes of PostHog’s fixtures)', () => {
  const compute = (query: Record<string, unknown> | null, filters?: Record<string, unknown>) =>
    computeInsightResult({ short_id: 'abc12345', query: query as { kind: string } | null, ...(filters ? { filters } : {}) }, now)
      .result as Record<string, unknown>[]

  it.each(['BoldNumber', 'ActionsPie', 'ActionsBarValue', 'ActionsTable', 'WorldMap'])(
    '%s answers one aggregated_value per series and no points',
    (display) => {
      const result = compute(trendsQuery({ display }))
      for (const series of result) {
        expect(series.data).toEqual([])
        expect(series.labels).toEqual([])
        expect(typeof series.aggregated_value).toBe('number')
      }
    },
  )

  it('breaks a world map down by country', () => {
    const result = compute(trendsQuery({ display: 'WorldMap' }))
    expect(result.length).toBeGreaterThan(1)
    expect(
      result.every((series) => typeof series.breakdown_value === 'string' && /^[A-Z]{2}$/.test(series.breakdown_value)),
    ).toBe(true)
  })

  it('answers a cumulative line with running totals', () => {
    const [series] = compute(trendsQuery({ display: 'ActionsLineGraphCumulative' }))
    const data = series?.data as number[]
    data.forEach((value, index) => expect(value).toBeGreaterThanOrEqual(data[index - 1] ?? 0))
    expect(series?.count).toBe(data.at(-1))
  })

  it('answers a comparison with the current and the previous period', () => {
    const result = compute(trendsQuery({ display: 'BoldNumber' }, { compareFilter: { compare: true } }))
    expect(result.map((series) => series.compare_label)).toEqual(['current', 'previous'])
  })

  it('answers time to convert with bins and an average, and funnel trends with conversion rates', () => {
    const histogram = computeInsightResult({ short_id: 'abc12345', query: funnelQuery('time_to_convert') }, now).result as {
      bins: [number, number][]
      average_conversion_time: number
    }
    expect(histogram.bins.length).toBeGreaterThan(5)
    expect(histogram.bins.every(([start, people]) => start >= 0 && people >= 0)).toBe(true)
    expect(histogram.average_conversion_time).toBeGreaterThan(0)
    const [trend] = compute(funnelQuery('trends'))
    expect(trend).not.toHaveProperty('label')
    expect((trend?.data as number[]).every((rate) => rate >= 0 && rate <= 100)).toBe(true)
  })

  it('reads a legacy insight (filters, no query) by its filters', () => {
    const result = compute(null, {
      insight: 'TRENDS',
      display: 'ActionsPie',
      events: [{ id: 'signed_up', name: 'signed_up', type: 'events', order: 0 }],
    })
    expect(result).toHaveLength(1)
    expect(result[0]?.aggregated_value).toBeGreaterThan(0)
    expect(readInsightResult('LIFECYCLE', compute(null, { insight: 'LIFECYCLE', events: [{ id: '$pageview' }] })).kind).toBe(
      'LIFECYCLE',
    )
  })
})

describe('the seed', () => {
  it('holds every trends display, every funnel view and legacy insights of five kinds', () => {
    const displays = new Set(
      db.insights.map((insight) => {
        const source = (insight.query as { source?: { trendsFilter?: { display?: string } } } | null)?.source
        return source?.trendsFilter?.display
      }),
    )
    for (const display of [
      'ActionsLineGraph',
      'ActionsLineGraphCumulative',
      'ActionsAreaGraph',
      'ActionsBar',
      'ActionsBarValue',
      'BoldNumber',
      'ActionsPie',
      'ActionsTable',
      'WorldMap',
    ])
      expect(displays).toContain(display)
    const views = new Set(
      db.insights.map(
        (insight) =>
          (insight.query as { source?: { funnelsFilter?: { funnelVizType?: string } } } | null)?.source?.funnelsFilter
            ?.funnelVizType,
      ),
    )
    for (const view of ['steps', 'time_to_convert', 'trends']) expect(views).toContain(view)
    const legacy = db.insights.filter((insight) => insight.query === null && insight.filters)
    expect(legacy.map((insight) => insight.filters?.insight).sort()).toEqual([
      'FUNNELS',
      'LIFECYCLE',
      'RETENTION',
      'STICKINESS',
      'TRENDS',
    ])
    for (const insight of legacy)
      expect(readInsightResult(insightKind(null, insight.filters), store.resultOf(insight).result).kind).not.toBe('unavailable')
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
