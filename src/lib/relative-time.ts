const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })

/*
 * Intl's format calls are the slowest part of rendering a list row (tens of microseconds each, three dates per row), and
 * a page of rows repeats few distinct values, so answers are memoised. The caches are bounded: cleared when full.
 */
const CACHE_LIMIT = 2_000
const relativeCache = new Map<string, string>()
const absoluteCache = new Map<string, string>()

function cached(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    value = compute()
    cache.set(key, value)
  }
  return value
}

/**
 * "3 days ago", "yesterday", "just now". Intl does the wording, so the list route carries no date library for it.
 * An unreadable date gives an empty string rather than "NaN".
 */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  const seconds = Math.round((time - now.getTime()) / 1000)
  if (Math.abs(seconds) < 60) return 'just now'
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      const amount = Math.trunc(seconds / size)
      return cached(relativeCache, `${amount} ${unit}`, () => relative.format(amount, unit))
    }
  }
  return 'just now'
}

/** "Apr 23, 2025, 2:05 PM": the exact moment, for the tooltip beside a relative time. */
export function formatAbsoluteTime(iso: string): string {
  return cached(absoluteCache, iso, () => {
    const time = Date.parse(iso)
    return Number.isNaN(time) ? '' : absolute.format(time)
  })
}
