import { describe, expect, it } from 'vitest'
import { describeQueryChange } from './query-change-summary'

function trends(source: Record<string, unknown> = {}) {
  return {
    kind: 'InsightVizNode',
    source: {
      kind: 'TrendsQuery',
      series: [{ kind: 'EventsNode', event: '$pageview', math: 'total' }],
      interval: 'day',
      dateRange: { date_from: '-7d' },
      ...source,
    },
  }
}

function funnel(funnelsFilter: Record<string, unknown>) {
  return {
    kind: 'InsightVizNode',
    source: {
      kind: 'FunnelsQuery',
      series: [
        { kind: 'EventsNode', event: 'signed_up' },
        { kind: 'EventsNode', event: 'purchase' },
      ],
      funnelsFilter,
    },
  }
}

describe('describeQueryChange', () => {
  it('says nothing for equal queries', () => {
    expect(describeQueryChange(trends(), trends())).toEqual([])
  })

  it('names added and removed series by their event, and a reorder as one', () => {
    const before = trends()
    const after = trends({
      series: [
        { kind: 'EventsNode', event: 'signed_up', math: 'total' },
        { kind: 'ActionsNode', id: 4, name: 'Checkout', math: 'total' },
      ],
    })
    expect(describeQueryChange(before, after)).toEqual([
      'Series removed: “$pageview”',
      'Series added: “signed_up”',
      'Series added: “Checkout”',
    ])
    const two = [
      { kind: 'EventsNode', event: 'a' },
      { kind: 'EventsNode', event: 'b' },
    ]
    expect(describeQueryChange(trends({ series: two }), trends({ series: [...two].reverse() }))).toEqual(['Series reordered'])
  })

  it('reads a new custom name as a rename, and a changed math as what the series now counts', () => {
    const after = trends({ series: [{ kind: 'EventsNode', event: '$pageview', custom_name: 'Views', math: 'dau' }] })
    expect(describeQueryChange(trends(), after)).toEqual([
      'Series “$pageview” renamed to “Views”',
      'Series “Views” now counts unique users (was total count)',
    ])
    expect(describeQueryChange(after, trends())).toEqual([
      'Series “Views” renamed back to “$pageview”',
      'Series “$pageview” now counts total count (was unique users)',
    ])
  })

  it('says interval, date range, breakdown and display changes in words', () => {
    const after = trends({
      interval: 'week',
      dateRange: { date_from: '-30d' },
      breakdownFilter: { breakdown: '$browser', breakdown_type: 'event' },
      trendsFilter: { display: 'ActionsBar' },
    })
    expect(describeQueryChange(trends({ trendsFilter: { display: 'ActionsLineGraph' } }), after)).toEqual([
      'Date range changed from last 7 days to last 30 days',
      'Interval changed from day to week',
      'Breakdown added: $browser',
      'Display changed from line chart to bar chart',
    ])
    expect(
      describeQueryChange(
        after,
        trends({ interval: 'week', dateRange: { date_from: '-30d' }, trendsFilter: { display: 'ActionsBar' } }),
      ),
    ).toEqual(['Breakdown removed: $browser'])
  })

  it('lists property filters added and removed, inside PostHog’s nested groups too, and the test-account switch', () => {
    const group = (values: unknown[]) => ({ type: 'AND', values: [{ type: 'AND', values }] })
    const before = trends({ properties: group([{ key: '$browser', operator: 'exact', value: ['Chrome'], type: 'event' }]) })
    const after = trends({
      filterTestAccounts: true,
      properties: group([{ key: '$os', operator: 'is_not', value: 'iOS', type: 'event' }]),
    })
    expect(describeQueryChange(before, after)).toEqual([
      'Filter added: $os ≠ iOS',
      'Filter removed: $browser = Chrome',
      'Test accounts now filtered out',
    ])
  })

  it('says a funnel’s conversion window and view change, with PostHog’s 14-day default', () => {
    expect(describeQueryChange(funnel({}), funnel({ funnelWindowInterval: 7, funnelWindowIntervalUnit: 'day' }))).toEqual([
      'Conversion window changed from 14 days to 7 days',
    ])
    expect(describeQueryChange(funnel({ funnelVizType: 'steps' }), funnel({ funnelVizType: 'time_to_convert' }))).toEqual([
      'Display changed from conversion steps to time to convert',
    ])
  })

  it('counts what it cannot name instead of hiding it', () => {
    expect(
      describeQueryChange(trends({ compareFilter: { compare: false } }), trends({ compareFilter: { compare: true } })),
    ).toEqual(['1 other setting changed'])
    expect(describeQueryChange({ ...trends(), full: true }, trends())).toEqual(['1 other setting changed'])
  })

  it('describes a query set for the first time, a type change and an edited SQL query', () => {
    expect(describeQueryChange(null, trends())).toEqual(['Query set: Trends'])
    expect(describeQueryChange(trends(), funnel({}))).toEqual(['Insight type changed from Trends to Funnel'])
    const sql = (query: string) => ({ kind: 'DataVisualizationNode', source: { kind: 'HogQLQuery', query } })
    expect(describeQueryChange(sql('SELECT 1'), sql('SELECT 2'))).toEqual(['SQL query edited'])
  })
})
