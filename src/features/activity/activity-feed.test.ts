import { describe, expect, it } from 'vitest'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { groupByDay, hasFilters, matchesFilters, uniqueEntries } from './activity-feed'

const ada = { first_name: 'Ada', email: 'ada@example.test' }

function entry(id: string, createdAt: string, overrides: Partial<ActivityLogEntry> = {}): ActivityLogEntry {
  return {
    id,
    user: ada,
    activity: 'updated',
    item_id: '7',
    detail: { name: 'Signups', short_id: 'abcd1234', changes: [] },
    created_at: createdAt,
    ...overrides,
  }
}

describe('uniqueEntries', () => {
  it('keeps the first copy of an entry that two overlapping pages both hold', () => {
    const a = entry('a', '2026-11-20T10:00:00')
    const b = entry('b', '2026-11-20T09:00:00')
    const c = entry('c', '2026-11-20T08:00:00')
    expect(uniqueEntries([{ results: [a, b] }, { results: [b, c] }]).map((e) => e.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('matchesFilters', () => {
  const system = entry('s', '2026-11-20T10:00:00', {
    user: { first_name: 'System', email: null, is_system: true },
    activity: 'created',
  })
  const update = entry('u', '2026-11-20T10:00:00')

  it('keeps everything without filters', () => {
    expect([system, update].filter((e) => matchesFilters(e, {}))).toHaveLength(2)
    expect(hasFilters({})).toBe(false)
  })

  it('narrows by the author’s email (in any case) and by kind of change, both at once', () => {
    expect(matchesFilters(update, { user: 'ada@example.test' })).toBe(true)
    expect(matchesFilters(update, { user: 'Ada@Example.test' })).toBe(true)
    expect(matchesFilters(update, { user: 'grace@example.test' })).toBe(false)
    expect(matchesFilters(system, { user: 'ada@example.test' })).toBe(false)
    expect(matchesFilters(update, { activity: 'created' })).toBe(false)
    expect(matchesFilters(system, { activity: 'created' })).toBe(true)
    expect(matchesFilters(update, { user: 'ada@example.test', activity: 'created' })).toBe(false)
    expect(hasFilters({ activity: 'created' })).toBe(true)
  })
})

describe('groupByDay', () => {
  const now = new Date(2026, 10, 20, 15, 0)

  it('groups newest-first entries by local day with Today and Yesterday', () => {
    const days = groupByDay(
      [
        entry('1', new Date(2026, 10, 20, 14, 0).toISOString()),
        entry('2', new Date(2026, 10, 20, 0, 5).toISOString()),
        entry('3', new Date(2026, 10, 19, 23, 55).toISOString()),
        entry('4', new Date(2026, 10, 3, 12, 0).toISOString()),
      ],
      now,
    )
    expect(days.map((day) => [day.label, day.entries.map((e) => e.id)])).toEqual([
      ['Today', ['1', '2']],
      ['Yesterday', ['3']],
      ['Tuesday, November 3, 2026', ['4']],
    ])
    expect(days[0]?.key).toBe('2026-11-20')
  })

  it('never makes two groups for one day, and keeps unreadable dates apart', () => {
    const days = groupByDay(
      [
        entry('1', new Date(2026, 10, 20, 14, 0).toISOString()),
        entry('2', 'not a date'),
        entry('3', new Date(2026, 10, 20, 9, 0).toISOString()),
      ],
      now,
    )
    expect(days.map((day) => [day.label, day.entries.length])).toEqual([
      ['Today', 2],
      ['Unknown date', 1],
    ])
  })
})
