import { describe, expect, it } from 'vitest'
import { insightKind, insightQuerySchema } from './query'

const trends = { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }] } }

describe('insightKind', () => {
  it.each([
    ['TrendsQuery', 'TRENDS'],
    ['FunnelsQuery', 'FUNNELS'],
    ['StickinessQuery', 'STICKINESS'],
    ['LifecycleQuery', 'LIFECYCLE'],
  ] as const)('reads an InsightVizNode around %s as %s', (sourceKind, kind) => {
    const query = insightQuerySchema.parse({ kind: 'InsightVizNode', source: { kind: sourceKind, series: [] } })
    expect(insightKind(query)).toBe(kind)
  })

  it('reads retention, paths and SQL nodes', () => {
    expect(
      insightKind(insightQuerySchema.parse({ kind: 'InsightVizNode', source: { kind: 'RetentionQuery', retentionFilter: {} } })),
    ).toBe('RETENTION')
    expect(
      insightKind(insightQuerySchema.parse({ kind: 'InsightVizNode', source: { kind: 'PathsQuery', pathsFilter: {} } })),
    ).toBe('PATHS')
    expect(
      insightKind(insightQuerySchema.parse({ kind: 'DataVisualizationNode', source: { kind: 'HogQLQuery', query: 'select 1' } })),
    ).toBe('SQL')
  })

  it('treats any other node, a viz node around an unknown source, or no query as JSON', () => {
    expect(insightKind(insightQuerySchema.parse({ kind: 'DataTableNode', source: { kind: 'EventsQuery', select: ['*'] } }))).toBe(
      'JSON',
    )
    expect(insightKind(insightQuerySchema.parse({ kind: 'InsightVizNode', source: { kind: 'WebStatsTableQuery' } }))).toBe('JSON')
    expect(insightKind(null)).toBe('JSON')
    // Insights saved before queries existed carry only `filters`; PostHog defaults a missing `insight` to TRENDS.
    expect(insightKind(null, { insight: 'LIFECYCLE', events: [] })).toBe('LIFECYCLE')
    expect(insightKind(null, { display: 'ActionsPie' })).toBe('TRENDS')
    expect(insightKind(null, {})).toBe('JSON')
  })
})

describe('insightQuerySchema', () => {
  it('keeps fields it does not know, so saving an edited insight never drops PostHog settings', () => {
    const stored = {
      ...trends,
      full: true,
      futureFlag: 1,
      source: { ...trends.source, samplingFactor: 0.1, compareFilter: { compare: true } },
    }
    expect(insightQuerySchema.parse(stored)).toEqual(stored)
  })

  it('rejects a node without a kind', () => {
    expect(insightQuerySchema.safeParse({ source: {} }).success).toBe(false)
  })
})
