const units: readonly [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]
type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute'

/** What English says for one unit either side of now, as Intl.RelativeTimeFormat's `numeric: 'auto'` does. */
const oneAway: Partial<Record<Unit, readonly [past: string, future: string]>> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/*
 * Dates are worded here rather than by Intl: a list page shows three per row, and Intl's first formatting calls (its
 * locale data loading) were the largest part of rendering the first rows on a cold start. The app is in English
 * (en-US), so the wording is fixed: it is what Intl's en-US formats say.
 */

/**
 * "3 days ago", "yesterday", "in 2 weeks", "just now", counted in the largest whole unit. An unreadable date gives an
 * empty string rather than "NaN".
 */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  const seconds = Math.round((time - now.getTime()) / 1000)
  for (const [unit, size] of units) {
    if (Math.abs(seconds) < size) continue
    const amount = Math.trunc(Math.abs(seconds) / size)
    const past = seconds < 0
    const near = amount === 1 ? oneAway[unit] : undefined
    if (near) return past ? near[0] : near[1]
    const counted = `${amount} ${unit}${amount === 1 ? '' : 's'}`
    return past ? `${counted} ago` : `in ${counted}`
  }
  return 'just now'
}

/** "Apr 23, 2025, 2:05 PM" in the browser's time zone: the exact moment, for the tooltip beside a relative time. */
export function formatAbsoluteTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  const date = new Date(time)
  const hours = date.getHours()
  const minutes = String(date.getMinutes()).padStart(2, '0')
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}, ${clock}`
}
