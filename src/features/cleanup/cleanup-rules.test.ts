import { describe, expect, it } from 'vitest'
import type { CleanupInsight } from '@/api/insight-cleanup'
import { analyzeCleanup, groupReason, signLabel, toDuplicateSets, withSharing, type CleanupFacts } from './cleanup-rules'

const NOW = Date.parse('2026-12-01T00:00:00Z')
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString()

function insight(id: number, overrides: Partial<CleanupInsight> = {}): CleanupInsight {
  return {
    id,
    short_id: `short${id}`,
    name: `Insight ${id}`,
    derived_name: null,
    description: 'Explained',
    queryFingerprint: `trends of event ${id}`,
    dashboards: [],
    tags: ['growth'],
    favorited: false,
    created_at: daysAgo(400),
    last_modified_at: daysAgo(300),
    last_viewed_at: null,
    is_sample: false,
    ...overrides,
  }
}

const checkedAll = (ids: number[]): CleanupFacts => ({
  alertIds: new Set(),
  sharedIds: new Set(),
  sharingChecked: new Set(ids),
  notOnDashboardIds: null,
})

describe('analyzeCleanup', () => {
  it('puts each insight in every group it belongs to', () => {
    const insights = [
      insight(1),
      insight(2, { dashboards: [4], last_viewed_at: daysAgo(2) }),
      insight(3, { is_sample: true, dashboards: [1], last_viewed_at: daysAgo(1) }),
      insight(4, { tags: [], description: '  ', dashboards: [2], last_viewed_at: daysAgo(3) }),
      insight(5, { last_viewed_at: daysAgo(120), dashboards: [1] }),
    ]
    const { byGroup } = analyzeCleanup(insights, [], checkedAll([1, 2, 3, 4, 5]), 90, NOW)
    const ids = (key: keyof typeof byGroup) => byGroup[key].map((candidate) => candidate.insight.id)
    expect(ids('no-dashboard')).toEqual([1])
    expect(ids('unviewed')).toEqual([1, 5])
    expect(ids('samples')).toEqual([3])
    expect(ids('undocumented')).toEqual([4])
    expect(ids('duplicates')).toEqual([])
  })

  it('proposes only candidates with no sign of use whose sharing was checked', () => {
    const insights = [
      insight(1),
      insight(2, { favorited: true }),
      insight(3, { last_modified_at: daysAgo(10) }),
      insight(4),
      insight(5),
      insight(6),
    ]
    const facts: CleanupFacts = {
      alertIds: new Set([4]),
      sharedIds: new Set([5]),
      sharingChecked: new Set([1, 2, 3, 4, 5]),
      notOnDashboardIds: null,
    }
    const analysis = analyzeCleanup(insights, [], facts, 30, NOW)
    const byId = new Map(analysis.candidates.map((candidate) => [candidate.insight.id, candidate]))
    expect(byId.get(1)?.proposed).toBe(true)
    expect(byId.get(2)?.signs).toEqual([{ kind: 'favorited' }])
    expect(byId.get(3)?.signs.map((sign) => sign.kind)).toEqual(['modified'])
    expect(byId.get(4)?.signs.map((sign) => sign.kind)).toEqual(['alerts'])
    expect(byId.get(5)?.signs.map((sign) => sign.kind)).toEqual(['shared'])
    expect([2, 3, 4, 5, 6].map((id) => byId.get(id)?.proposed)).toEqual([false, false, false, false, false])
    expect(analysis.needSharingCheck).toEqual([1, 5, 6])
  })

  it('applies sharing answers to an analysis made without them exactly as analyzing with them would', () => {
    const insights = [insight(1), insight(2, { favorited: true }), insight(3), insight(4), insight(5, { is_sample: true })]
    const noSharing: CleanupFacts = {
      alertIds: new Set([4]),
      sharedIds: new Set(),
      sharingChecked: new Set(),
      notOnDashboardIds: null,
    }
    const before = analyzeCleanup(insights, [], noSharing, 90, NOW)
    expect(before.candidates.filter((candidate) => candidate.proposed)).toEqual([])
    const answers = { sharedIds: new Set([3]), sharingChecked: new Set([1, 3]) }
    const after = withSharing(before, answers)
    expect(after).toEqual(analyzeCleanup(insights, [], { ...noSharing, ...answers }, 90, NOW))
    expect(after.candidates.filter((candidate) => candidate.proposed).map((candidate) => candidate.insight.id)).toEqual([1])
    expect(after.byGroup.samples.map((candidate) => candidate.insight.id)).toEqual([5])
  })

  it('reads the window: a view 60 days ago is a sign of use within 90 days, not within 30', () => {
    const viewed = [insight(1, { last_viewed_at: daysAgo(60) })]
    expect(analyzeCleanup(viewed, [], checkedAll([1]), 90, NOW).candidates[0]?.signs).toEqual([
      { kind: 'viewed', at: daysAgo(60) },
    ])
    const in30 = analyzeCleanup(viewed, [], checkedAll([1]), 30, NOW).candidates[0]
    expect(in30?.signs).toEqual([])
    expect(in30 && groupReason('unviewed', in30, 30)).toBe('Not viewed in 30 days')
  })

  it('takes the no-dashboard group from the server when it has the filter', () => {
    const insights = [insight(1), insight(2)]
    const facts = { ...checkedAll([1, 2]), notOnDashboardIds: new Set([2]) }
    expect(analyzeCleanup(insights, [], facts, 90, NOW).byGroup['no-dashboard'].map((c) => c.insight.id)).toEqual([2])
  })

  it('proposes to keep the duplicate on most dashboards, then the most recently viewed, then the oldest', () => {
    const a = insight(1, { created_at: daysAgo(100) })
    const b = insight(2, { created_at: daysAgo(500) })
    const c = insight(3, { last_viewed_at: daysAgo(200), created_at: daysAgo(50) })
    expect(toDuplicateSets([[a, b, c]])[0]?.keeper.id).toBe(3)
    expect(toDuplicateSets([[a, b]])[0]?.keeper.id).toBe(2)
    const d = insight(4, { dashboards: [9] })
    const [set] = toDuplicateSets([[a, b, c, d]])
    expect(set?.keeper.id).toBe(4)
    const analysis = analyzeCleanup([a, b, c, d], set ? [set] : [], checkedAll([1, 2, 3, 4]), 90, NOW)
    const duplicates = analysis.byGroup.duplicates
    expect(duplicates.map((candidate) => candidate.insight.id)).toEqual([1, 2, 3])
    expect(duplicates[0] && groupReason('duplicates', duplicates[0], 90)).toBe('Same query as “Insight 4”, which is kept')
  })

  it('words the signs of use', () => {
    expect(signLabel({ kind: 'dashboards', count: 1 }, NOW)).toBe('On 1 dashboard')
    expect(signLabel({ kind: 'dashboards', count: 3 }, NOW)).toBe('On 3 dashboards')
    expect(signLabel({ kind: 'viewed', at: daysAgo(1) }, NOW)).toBe('Viewed yesterday')
    expect(signLabel({ kind: 'modified', at: daysAgo(12) }, NOW)).toBe('Modified 12 days ago')
  })
})
