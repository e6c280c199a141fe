import { describe, expect, it } from 'vitest'
import { findDuplicateSets } from './duplicate-sets'
import { queryFingerprint } from './query-normalize'

const trends = (event: string, dateFrom = '-7d') =>
  queryFingerprint({
    kind: 'InsightVizNode',
    source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event }], dateRange: { date_from: dateFrom } },
  })

describe('findDuplicateSets', () => {
  it('groups equivalent queries and leaves unique ones and missing queries out', () => {
    const sets = findDuplicateSets([
      { id: 1, queryFingerprint: trends('signup', '-14d') },
      { id: 2, queryFingerprint: trends('play') },
      { id: 3, queryFingerprint: trends('signup', '-2w') },
      { id: 4, queryFingerprint: null },
      { id: 5, queryFingerprint: null },
      { id: 6, queryFingerprint: trends('signup', '-14d') },
    ])
    expect(sets.map((set) => set.map((item) => item.id))).toEqual([[1, 3, 6]])
  })
})
