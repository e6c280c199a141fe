import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeDate, normalizeQuery, queryFingerprint } from './query-normalize'

const weeklySignups = {
  kind: 'InsightVizNode',
  source: {
    kind: 'TrendsQuery',
    series: [{ kind: 'EventsNode', event: 'user signed up', name: 'user signed up' }],
    interval: 'week',
    dateRange: { date_from: '-14d', date_to: null },
    trendsFilter: { display: 'ActionsBar' },
    filterTestAccounts: true,
  },
}

describe('normalizeDate', () => {
  it('writes relative weeks as days and keeps months, which are calendar months', () => {
    expect(normalizeDate('-2w')).toBe('-14d')
    expect(normalizeDate('-14D')).toBe('-14d')
    expect(normalizeDate('-1m')).toBe('-1m')
    expect(normalizeDate('mStart')).toBe('mStart')
  })

  it('reads a midnight timestamp as its date', () => {
    expect(normalizeDate('2026-01-05T00:00:00Z')).toBe('2026-01-05')
    expect(normalizeDate('2026-01-05 00:00:00.000+00:00')).toBe('2026-01-05')
    expect(normalizeDate('2026-01-05T10:30:00Z')).toBe('2026-01-05T10:30:00Z')
  })
})

describe('queryFingerprint', () => {
  it('is the same for a copy written another way: key order, defaults, dates, series label', () => {
    const copy = {
      source: {
        filterTestAccounts: true,
        trendsFilter: { display: 'ActionsBar' },
        dateRange: { date_from: '-2w' },
        interval: 'week',
        series: [{ math: 'total', event: 'user signed up', kind: 'EventsNode' }],
        kind: 'TrendsQuery',
      },
      kind: 'InsightVizNode',
    }
    expect(queryFingerprint(copy)).toBe(queryFingerprint(weeklySignups))
  })

  it('treats the bare source and its empty InsightVizNode wrapper alike', () => {
    expect(queryFingerprint(weeklySignups.source)).toBe(queryFingerprint(weeklySignups))
  })

  it('drops values PostHog assumes anyway', () => {
    const explicit: Record<string, unknown> = { ...weeklySignups.source, interval: 'day' }
    const { interval: _interval, ...implicit } = weeklySignups.source
    expect(queryFingerprint(explicit)).toBe(queryFingerprint(implicit))
    expect(queryFingerprint({ ...weeklySignups.source, trendsFilter: { display: 'ActionsLineGraph' } })).toBe(
      queryFingerprint({ ...weeklySignups.source, trendsFilter: undefined }),
    )
  })

  it('tells apart queries that ask different things', () => {
    const otherEvent = structuredClone(weeklySignups)
    otherEvent.source.series[0]!.event = 'video played'
    const otherRange = structuredClone(weeklySignups)
    otherRange.source.dateRange.date_from = '-1m'
    const testAccounts = structuredClone(weeklySignups)
    testAccounts.source.filterTestAccounts = false
    const fingerprints = [weeklySignups, otherEvent, otherRange, testAccounts].map(queryFingerprint)
    expect(new Set(fingerprints).size).toBe(4)
  })

  it('collapses whitespace in SQL only', () => {
    const sql = (query: string) => ({ kind: 'DataVisualizationNode', source: { kind: 'HogQLQuery', query } })
    expect(queryFingerprint(sql('select  count()\n from events'))).toBe(queryFingerprint(sql('select count() from events')))
    expect(queryFingerprint(sql("select 'a'"))).not.toBe(queryFingerprint(sql("select 'b'")))
  })

  it('is null for no query', () => {
    expect(normalizeQuery(null)).toBeNull()
  })
})

const jsonValue = fc.jsonValue({ maxDepth: 4 })

function shuffleKeys(value: unknown, order: number[]): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, order))
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value)
  const shuffled = keys
    .map((key, index) => ({ key, rank: order[index % Math.max(order.length, 1)] ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
  return Object.fromEntries(shuffled.map(({ key }) => [key, shuffleKeys((value as Record<string, unknown>)[key], order)]))
}

describe('queryFingerprint properties', () => {
  it('ignores key order at every depth', () => {
    fc.assert(
      fc.property(jsonValue, fc.array(fc.integer(), { minLength: 1, maxLength: 8 }), (value, order) => {
        expect(queryFingerprint(shuffleKeys(value, order))).toBe(queryFingerprint(value))
      }),
      { numRuns: 300 },
    )
  })

  it('is idempotent: a normalized query normalizes to itself', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const once = normalizeQuery(value)
        expect(normalizeQuery(once)).toEqual(once)
      }),
      { numRuns: 300 },
    )
  })

  it('reads keys that name Object.prototype members as plain keys', () => {
    const query = { kind: 'TrendsQuery', constructor: { arguments: 0 }, toString: { kind: '__proto__' } }
    expect(queryFingerprint(query)).toBe(queryFingerprint({ ...query, extra: null }))
  })

  it('ignores keys set to null', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 2 })),
        fc.string({ minLength: 1 }),
        (value, extra) => {
          fc.pre(!(extra in value))
          expect(queryFingerprint({ ...value, [extra]: null })).toBe(queryFingerprint(value))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads n weeks as 7n days in any date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 520 }), (weeks) => {
        const range = (date_from: string) => ({ ...weeklySignups.source, dateRange: { date_from } })
        expect(queryFingerprint(range(`-${weeks}w`))).toBe(queryFingerprint(range(`-${weeks * 7}d`)))
      }),
    )
  })

  it('never merges different events', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a !== b)
        const trends = (event: string) => ({ kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event }] })
        expect(queryFingerprint(trends(a))).not.toBe(queryFingerprint(trends(b)))
      }),
    )
  })
})
