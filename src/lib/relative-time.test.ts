import { describe, expect, it } from 'vitest'
import { formatAbsoluteTime, formatRelativeTime } from './relative-time'

const now = new Date('2025-06-15T12:00:00Z')

describe('formatRelativeTime', () => {
  it('words past and future times in the largest whole unit', () => {
    expect(formatRelativeTime('2025-06-15T11:59:30Z', now)).toBe('just now')
    expect(formatRelativeTime('2025-06-15T11:55:00Z', now)).toBe('5 minutes ago')
    expect(formatRelativeTime('2025-06-15T09:00:00Z', now)).toBe('3 hours ago')
    expect(formatRelativeTime('2025-06-14T12:00:00Z', now)).toBe('yesterday')
    expect(formatRelativeTime('2025-06-01T12:00:00Z', now)).toBe('2 weeks ago')
    expect(formatRelativeTime('2024-06-01T12:00:00Z', now)).toBe('last year')
    expect(formatRelativeTime('2025-06-18T12:00:00Z', now)).toBe('in 3 days')
  })

  it('gives nothing for an unreadable date', () => {
    expect(formatRelativeTime('not a date', now)).toBe('')
    expect(formatAbsoluteTime('not a date')).toBe('')
  })

  it('formats the absolute time with date and time', () => {
    expect(formatAbsoluteTime('2025-04-23T14:05:00')).toBe('Apr 23, 2025, 2:05 PM')
  })
})
