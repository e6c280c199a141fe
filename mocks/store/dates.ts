/*
 * PostHog's date parameters (`relative_date_parse`): an ISO date or datetime, or a relative offset from now such as
 * `-7d`, `-2h`, `-1w`, `-1m`, `-1q`, `-1y`, plus `mStart`/`yStart` (start of this month/year). `-30M` is minutes.
 */

const RELATIVE = /^-?(\d+)([hdwmqyM])$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

function shiftMonths(from: Date, months: number): Date {
  const out = new Date(from.getTime())
  out.setUTCMonth(out.getUTCMonth() - months)
  return out
}

/** The moment a date parameter means, or null when it is not one PostHog would accept. */
export function parseRelativeOrAbsoluteDate(value: string, now: Date): Date | null {
  const text = value.trim()
  if (text === 'mStart') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  if (text === 'yStart') return new Date(Date.UTC(now.getUTCFullYear(), 0, 1))
  if (text === 'dStart') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const relative = RELATIVE.exec(text)
  if (relative) {
    const amount = Number(relative[1])
    const unit = relative[2]
    const at = now.getTime()
    switch (unit) {
      case 'M':
        return new Date(at - amount * 60_000)
      case 'h':
        return new Date(at - amount * 3_600_000)
      case 'd':
        return new Date(at - amount * 86_400_000)
      case 'w':
        return new Date(at - amount * 7 * 86_400_000)
      case 'm':
        return shiftMonths(now, amount)
      case 'q':
        return shiftMonths(now, amount * 3)
      case 'y':
        return shiftMonths(now, amount * 12)
      default:
        return null
    }
  }
  if (ISO_DATE.test(text)) {
    const parsed = new Date(`${text}T00:00:00Z`)
    return Number.isNaN(parsed.getTime()) ? null : parsed
  }
  if (ISO_DATETIME.test(text)) {
    const parsed = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`)
    return Number.isNaN(parsed.getTime()) ? null : parsed
  }
  return null
}
