import { describe, expect, it } from 'vitest'
import { parseRelativeOrAbsoluteDate } from './dates'

const now = new Date('2026-11-20T12:00:00Z')
const iso = (value: string) => parseRelativeOrAbsoluteDate(value, now)?.toISOString()

describe('parseRelativeOrAbsoluteDate', () => {
  it('reads relative offsets like PostHog', () => {
    expect(iso('-7d')).toBe('2026-11-13T12:00:00.000Z')
    expect(iso('-2h')).toBe('2026-11-20T10:00:00.000Z')
    expect(iso('-1w')).toBe('2026-11-13T12:00:00.000Z')
    expect(iso('-1m')).toBe('2026-10-20T12:00:00.000Z')
    expect(iso('-1q')).toBe('2026-08-20T12:00:00.000Z')
    expect(iso('-1y')).toBe('2025-11-20T12:00:00.000Z')
    expect(iso('-30M')).toBe('2026-11-20T11:30:00.000Z')
    expect(iso('mStart')).toBe('2026-11-01T00:00:00.000Z')
  })

  it('reads absolute dates and datetimes', () => {
    expect(iso('2025-04-23')).toBe('2025-04-23T00:00:00.000Z')
    expect(iso('2025-04-23T10:30:00Z')).toBe('2025-04-23T10:30:00.000Z')
    expect(iso('2025-04-23 10:30')).toBe('2025-04-23T10:30:00.000Z')
  })

  it('rejects anything else', () => {
    expect(iso('yesterday')).toBeUndefined()
    expect(iso('-7x')).toBeUndefined()
    expect(iso('2025-13-45')).toBeUndefined()
  })
})
