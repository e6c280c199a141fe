import { describe, expect, it } from 'vitest'
import type { Insight } from '@/api/schemas/insight'
import type { TrendsSeries } from '@/api/schemas/insight-result'
import { chartScale, plottedBounds, seriesDisplayName, thresholdRows, thresholdSeriesSource } from './threshold-series'

const series: TrendsSeries = {
  label: 'Pageview',
  data: [100, 0, 0, 40, 400],
  labels: ['1-Mar-2026', '2-Mar-2026', '3-Mar-2026', '4-Mar-2026', '5-Mar-2026'],
  days: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'],
  count: 540,
  action: { id: '$pageview', name: 'Pageview', type: 'events', order: 0 },
  aggregated_value: null,
  compare_label: null,
}

function insight(query: Insight['query'], result: unknown): Insight {
  return {
    id: 1,
    short_id: 'abcd1234',
    name: 'Views',
    derived_name: null,
    query,
    dashboards: [],
    description: null,
    tags: [],
    favorited: false,
    saved: true,
    deleted: false,
    created_at: '2026-03-01T00:00:00Z',
    created_by: null,
    last_modified_at: '2026-03-01T00:00:00Z',
    last_modified_by: null,
    last_refresh: null,
    order: null,
    result,
    columns: null,
    is_cached: true,
    timezone: 'UTC',
  }
}

const trendsQuery = {
  kind: 'InsightVizNode',
  source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }], interval: 'week' },
} as const

describe('thresholdSeriesSource', () => {
  it('offers the series and interval of a trends insight', () => {
    const source = thresholdSeriesSource(insight(trendsQuery, [series]))
    expect(source).toEqual({ status: 'ready', series: [series], interval: 'week' })
  })

  it('refuses other kinds and trends without a result', () => {
    const funnel = { kind: 'InsightVizNode', source: { kind: 'FunnelsQuery', series: [] } } as const
    expect(thresholdSeriesSource(insight(funnel, []))).toEqual({ status: 'unsupported', kind: 'FUNNELS' })
    expect(thresholdSeriesSource(insight(trendsQuery, null))).toEqual({ status: 'no-result' })
    expect(thresholdSeriesSource(insight(trendsQuery, []))).toEqual({ status: 'no-result' })
  })
})

describe('thresholdRows', () => {
  it('plots values as they are for an absolute threshold', () => {
    const rows = thresholdRows({ type: 'absolute', bounds: { lower: 50 } }, series)
    expect(rows.map((row) => row.plotted)).toEqual([100, 0, 0, 40, 400])
    expect(rows.map((row) => row.breach?.side ?? null)).toEqual([null, 'lower', 'lower', 'lower', null])
    expect(rows[1]?.label).toBe('2-Mar-2026')
  })

  it('plots the change in percent for a percentage threshold, leaving out what has no finite change', () => {
    const rows = thresholdRows({ type: 'percentage', bounds: { upper: 1 } }, series)
    expect(rows.map((row) => row.plotted)).toEqual([null, -100, 0, null, 900])
    expect(rows.map((row) => row.breach?.side ?? null)).toEqual([null, null, null, 'upper', 'upper'])
  })
})

describe('chart helpers', () => {
  it('scales percentage bounds to percent', () => {
    expect(plottedBounds({ type: 'percentage', bounds: { lower: -0.25, upper: 0.5 } })).toEqual({ lower: -25, upper: 50 })
    expect(plottedBounds({ type: 'absolute', bounds: { upper: 3 } })).toEqual({ lower: null, upper: 3 })
  })

  it('chooses round ticks that cover every point and both bounds', () => {
    const rows = thresholdRows({ type: 'absolute', bounds: {} }, series)
    const scale = chartScale(rows, { lower: 120, upper: 450 })
    expect(scale.domain[0]).toBe(0)
    expect(scale.domain[1]).toBeGreaterThan(450)
    expect(scale.ticks[0]).toBe(0)
    expect(scale.ticks.at(-1)).toBe(scale.domain[1])
    expect(scale.ticks.every((tick) => tick % 50 === 0)).toBe(true)
  })

  it('goes below zero only for values that do', () => {
    const rows = thresholdRows({ type: 'percentage', bounds: {} }, series)
    expect(chartScale(rows, { lower: -25, upper: 50 }).domain[0]).toBeLessThan(-100 + 1)
  })

  it('names breakdown series with their value', () => {
    expect(seriesDisplayName(series)).toBe('Pageview')
    expect(seriesDisplayName({ ...series, label: 'Chrome', breakdown_value: 'Chrome' })).toBe('Pageview · Chrome')
  })
})
