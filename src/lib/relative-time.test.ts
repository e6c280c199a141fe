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
    expect(formatAbsoluteTime('2025-01-02T00:07:00')).toBe('Jan 2, 2025, 12:07 AM')
    expect(formatAbsoluteTime('2025-12-31T12:30:00')).toBe('Dec 31, 2025, 12:30 PM')
  })

  it('says what Intl.RelativeTimeFormat (en-US, numeric: auto) says, for every unit either way', () => {
    const intl = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
    const units = { minute: 60, hour: 3600, day: 86_400, week: 7 * 86_400, month: 30 * 86_400, year: 365 * 86_400 }
    for (const [unit, size] of Object.entries(units)) {
      for (const amount of [-4, -2, -1, 1, 2, 4]) {
        const iso = new Date(now.getTime() + amount * size * 1000).toISOString()
        expect(formatRelativeTime(iso, now), `${amount} ${unit}`).toBe(intl.format(amount, unit as Intl.RelativeTimeFormatUnit))
      }
    }
  })

  it('gives the absolute time Intl gives for en-US, medium date and short time', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })
    for (const iso of ['2025-04-23T14:05:00', '2024-02-29T00:00:00', '2025-11-09T23:59:00', '2026-07-04T12:00:00']) {
      expect(formatAbsoluteTime(iso)).toBe(intl.format(Date.parse(iso)).replace(/\u202f/g, ' '))
    }
  })
})
