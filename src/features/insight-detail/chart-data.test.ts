import { describe, expect, it } from 'vitest'
import type { FunnelStep, TrendsSeries } from '@/api/schemas/insight-result'
import { funnelViews, jsonColumns, pathNodeLabel, retentionShare, sankeyData, seriesName, seriesRows } from './chart-data'

const series = (label: string, data: number[], extra: Partial<TrendsSeries> = {}): TrendsSeries => ({
  label,
  data,
  labels: data.map((_, index) => `${index + 1}-Nov-2026`),
  days: data.map((_, index) => `2026-11-0${index + 1}`),
  count: data.reduce((sum, value) => sum + value, 0),
  aggregated_value: null,
  action: null,
  compare_label: null,
  ...extra,
})

const step = (order: number, count: number, average: number | null = null): FunnelStep => ({
  name: `Step ${order + 1}`,
  order,
  count,
  average_conversion_time: average,
})

describe('seriesRows', () => {
  it('gives one row per point with a column per series, labelled like the API', () => {
    expect(seriesRows([series('a', [1, 2]), series('b', [3, 4])])).toEqual([
      { label: '1-Nov-2026', s0: 1, s1: 3 },
      { label: '2-Nov-2026', s0: 2, s1: 4 },
    ])
  })

  it('leaves a shorter series out of the rows it has no point for', () => {
    expect(seriesRows([series('a', [1, 2]), series('b', [3])])[1]).toEqual({ label: '2-Nov-2026', s0: 2 })
  })
})

describe('seriesName', () => {
  it('names a breakdown series by its value and the series it splits', () => {
    expect(seriesName(series('Chrome', [1], { breakdown_value: 'Chrome' }))).toBe('Chrome')
    expect(seriesName(series('Pageview', [1], { breakdown_value: ['US', 'web'], action: { name: 'Pageview' } }))).toBe(
      'Pageview · US, web',
    )
    expect(seriesName(series('Pageview', [1]))).toBe('Pageview')
  })
})

describe('funnelViews', () => {
  it('works out conversion, drop-off and time per step, in step order', () => {
    const [view] = funnelViews([step(1, 500, 90), step(0, 1000), step(2, 125, 3600)])
    expect(view?.breakdown).toBeNull()
    expect(view?.steps.map((item) => item.name)).toEqual(['Step 1', 'Step 2', 'Step 3'])
    expect(view?.steps[0]).toMatchObject({ conversionFromStart: 100, droppedOff: 0, averageConversionTime: null })
    expect(view?.steps[1]).toMatchObject({
      conversionFromPrevious: 50,
      droppedOff: 500,
      dropOffRate: 50,
      averageConversionTime: 90,
    })
    expect(view?.steps[2]).toMatchObject({ conversionFromStart: 12.5, conversionFromPrevious: 25, dropOffRate: 75 })
  })

  it('gives one funnel per breakdown value', () => {
    const chrome = [
      { ...step(0, 10), breakdown_value: 'Chrome' },
      { ...step(1, 5), breakdown_value: 'Chrome' },
    ]
    const safari = [
      { ...step(0, 4), breakdown_value: ['Safari'] },
      { ...step(1, 0), breakdown_value: ['Safari'] },
    ]
    const views = funnelViews([chrome, safari])
    expect(views.map((view) => view.breakdown)).toEqual(['Chrome', 'Safari'])
    expect(views[1]?.steps[1]).toMatchObject({ conversionFromStart: 0, dropOffRate: 100 })
  })

  it('does not divide by zero', () => {
    expect(funnelViews([step(0, 0), step(1, 0)])[0]?.steps[1]).toMatchObject({ conversionFromPrevious: 0, dropOffRate: 0 })
    expect(funnelViews([])).toEqual([])
  })
})

describe('retentionShare', () => {
  it('is a share of the cohort size, and null past the cohort', () => {
    const cohort = { date: '2026-11-01', label: 'Day 0', values: [{ count: 200 }, { count: 50 }] }
    expect(retentionShare(cohort, 0)).toBe(100)
    expect(retentionShare(cohort, 1)).toBe(25)
    expect(retentionShare(cohort, 2)).toBeNull()
  })
})

describe('sankeyData', () => {
  it('indexes nodes by PostHog name and keeps the same page at two steps apart', () => {
    const data = sankeyData([
      { source: '1_/home', target: '2_/browse', value: 10 },
      { source: '2_/browse', target: '3_/home', value: 4 },
    ])
    expect(data.nodes).toEqual([
      { name: '/home', step: 1 },
      { name: '/browse', step: 2 },
      { name: '/home', step: 3 },
    ])
    expect(data.links).toEqual([
      { source: 0, target: 1, value: 10 },
      { source: 1, target: 2, value: 4 },
    ])
  })

  it('drops links that would make a cycle or carry nobody', () => {
    const data = sankeyData([
      { source: '2_/a', target: '1_/b', value: 3 },
      { source: '1_/a', target: '1_/a', value: 3 },
      { source: '1_/a', target: '2_/b', value: 0 },
    ])
    expect(data.links).toEqual([])
  })

  it('reads node labels without a step prefix as they are', () => {
    expect(pathNodeLabel('/pricing')).toEqual({ step: 0, name: '/pricing' })
    expect(pathNodeLabel('12_https://x.test/a_b')).toEqual({ step: 12, name: 'https://x.test/a_b' })
  })
})

describe('jsonColumns', () => {
  it('collects the keys of every object row, in first-seen order', () => {
    expect(jsonColumns([{ a: 1 }, { b: 2, a: 3 }, 'text', null])).toEqual(['a', 'b'])
  })
})
