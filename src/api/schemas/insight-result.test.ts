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
    expect(readInsightResult('TRENDS', [series])).toEqual({ kind: 'TRENDS', series: [series] })
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
    expect(readInsightResult('FUNNELS', [series])).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('SQL', [['x']], null)).toEqual({ kind: 'unavailable' })
    expect(readInsightResult('LIFECYCLE', [series])).toEqual({ kind: 'unavailable' })
  })
})
