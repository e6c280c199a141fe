import { format, formatDistanceToNowStrict } from 'date-fns'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatDistanceToNow, formatExactTime } from './relative-time'

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Every unit, its boundaries and their rounding, in the past and the future.
const offsets = [
  0,
  400,
  29 * SECOND,
  30 * SECOND,
  59_499,
  59_999,
  MINUTE,
  89 * SECOND,
  90 * SECOND,
  59 * MINUTE + 29 * SECOND,
  59 * MINUTE + 31 * SECOND,
  HOUR,
  90 * MINUTE,
  23 * HOUR + 29 * MINUTE,
  23 * HOUR + 31 * MINUTE,
  DAY,
  36 * HOUR,
  29 * DAY,
  30 * DAY,
  45 * DAY,
  46 * DAY,
  200 * DAY,
  344 * DAY,
  350 * DAY,
  364 * DAY,
  365 * DAY,
  547 * DAY,
  548 * DAY,
  3_000 * DAY,
].flatMap((offset) => [offset, -offset])

describe('RelativeTime wording', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  // In the test's time zone: a worker thread cannot change it (its process.env.TZ is a copy).
  it('says what date-fns says, and gives the same exact time', () => {
    for (const now of ['2026-03-08T14:05:09.250Z', '2026-11-01T05:30:00Z', '2026-04-05T15:00:00Z', '2026-12-31T23:59:59Z']) {
      vi.useFakeTimers({ now: new Date(now) })
      for (const offset of offsets) {
        const date = new Date(Date.parse(now) + offset)
        expect(formatDistanceToNow(date), `${now} ${offset}`).toBe(formatDistanceToNowStrict(date, { addSuffix: true }))
        expect(formatExactTime(date)).toBe(format(date, 'PPpp'))
      }
    }
  })
})
