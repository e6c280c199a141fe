import { describe, expect, it } from 'vitest'
import { readInsightResult } from './insight-result'

const series = {
  label: 'Pageview',
  data: [1, 2],
  labels: ['1-Jan-2026', '2-Jan-2026'],
  days: ['2026-01-01', '2026-01-02'],
  count: 3,
}

describe('readInsightResult', () => {
  it('returns the shape of the kind', () => {
    expect(readInsightResult('TRENDS', [series])).toEqual({
      kind: 'TRENDS',
      series: [{ ...series, aggregated_value: null, action: null, compare_label: null }],
      dropped: 0,
    })
    expect(readInsightResult('LIFECYCLE', [{ ...series, status: 'dormant', data: [-1, -2] }]).kind).toBe('LIFECYCLE')
    expect(readInsightResult('FUNNELS', [{ name: 'A', order: 0, count: 10, average_conversion_time: null }]).kind).toBe('FUNNELS')
    expect(readInsightResult('RETENTION', [{ date: '2026-01-01', label: 'Day 0', values: [{ count: 5 }] }]).kind).toBe(
      'RETENTION',
    )
    expect(readInsightResult('PATHS', [{ source: '1_/home', target: '2_/browse', value: 4 }]).kind).toBe('PATHS')
    expect(readInsightResult('SQL', [['/home', 3]], ['url', 'views'])).toEqual({
      kind: 'SQL',
      columns: ['url', 'views'],
      rows: [['/home', 3]],
    })
    expect(readInsightResult('JSON', { anything: true })).toEqual({ kind: 'JSON', value: { anything: true } })
  })

  it('degrades to unavailable when the result is missing or has another shape', () => {
    expect(readInsightResult('TRENDS', null)).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('FUNNELS', [{ step: 'A' }])).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('TRENDS', { series: [series] })).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('TRENDS', [{ label: 'broken', data: 'x' }])).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('SQL', [['x']], null)).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('LIFECYCLE', [series])).toEqual({ kind: 'unavailable' })
  })

  it('leaves out only the series that are not in shape, and counts them', () => {
    const view = readInsightResult('TRENDS', [series, { label: 'broken', data: ['x'] }, { ...series, label: 'Signup' }])
    expect(view.kind === 'TRENDS' && view.series.map((item) => item.label)).toEqual(['Pageview', 'Signup'])
    expect(view.kind === 'TRENDS' && view.dropped).toBe(1)
  })

  it('reads one-number series, comparisons and series without a label', () => {
    const view = readInsightResult('TRENDS', [
      { label: 'Signed up', data: [], labels: [], days: [], count: 0, aggregated_value: 100, compare_label: 'current' },
      { action: { name: 'signed_up' }, data: [], aggregated_value: null, compare_label: 'previous' },
    ])
    if (view.kind !== 'TRENDS') throw new Error('not trends')
    expect(view.series.map((item) => [item.label, item.aggregated_value, item.compare_label])).toEqual([
      ['Signed up', 100, 'current'],
      ['signed_up', null, 'previous'],
    ])
  })

  it('tells the three funnel views apart by their shape', () => {
    const histogram = {
      bins: [
        [0, 10],
        [60, 4],
      ],
      average_conversion_time: 42,
    }
    expect(readInsightResult('FUNNELS', histogram)).toEqual({
      kind: 'FUNNELS',
      viz: 'time_to_convert',
      histograms: [{ bins: histogram.bins, averageConversionTime: 42, compareLabel: null }],
    })
    const compared = readInsightResult('FUNNELS', [
      { ...histogram, compare_label: 'current' },
      { ...histogram, compare_label: 'previous' },
    ])
    expect(compared.kind === 'FUNNELS' && compared.viz === 'time_to_convert' && compared.histograms.length).toBe(2)
    const trends = readInsightResult('FUNNELS', [
      { count: 2, data: [14.05, 15.61], days: ['2022-03-08', '2022-03-09'], labels: ['8-Mar-2022', '9-Mar-2022'] },
    ])
    expect(trends.kind === 'FUNNELS' && trends.viz).toBe('trends')
    expect(readInsightResult('FUNNELS', [{ name: 'A', order: 0, count: 10, average_conversion_time: null }])).toMatchObject({
      viz: 'steps',
    })
  })
})
