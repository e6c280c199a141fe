import type { ActivityLogEntry } from '@/api/schemas/activity'
import type { ActivityFeedSearch } from './activity-search'

/** The kinds of change insights log (posthog/api/insight.py and sharing.py), in the order a person thinks of them. */
export const knownActivityKinds = [
  'created',
  'updated',
  'deleted',
  'restored',
  'sharing enabled',
  'sharing disabled',
  'access token refreshed',
  'share password created',
  'share password deleted',
] as const

/**
 * Pages fetched by page number overlap when new entries arrive between two fetches (everything shifts down), so the
 * same entry can come twice; the first copy wins.
 */
export function uniqueEntries(pages: readonly { results: readonly ActivityLogEntry[] }[]): ActivityLogEntry[] {
  const seen = new Set<string>()
  const entries: ActivityLogEntry[] = []
  for (const page of pages) {
    for (const entry of page.results) {
      if (seen.has(entry.id)) continue
      seen.add(entry.id)
      entries.push(entry)
    }
  }
  return entries
}

export function matchesFilters(entry: ActivityLogEntry, { user, activity }: ActivityFeedSearch): boolean {
  if (user !== undefined && entry.user?.email?.toLowerCase() !== user.toLowerCase()) return false
  if (activity !== undefined && entry.activity !== activity) return false
  return true
}

export function hasFilters({ user, activity }: ActivityFeedSearch): boolean {
  return user !== undefined || activity !== undefined
}

export interface ActivityDay {
  /** `yyyy-mm-dd` in the viewer's time zone. */
  key: string
  label: string
  entries: ActivityLogEntry[]
}

function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}

const longDay = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })

function dayLabel(date: Date, now: Date): string {
  const key = dayKey(date)
  if (key === dayKey(now)) return 'Today'
  const yesterday = new Date(now)
  yesterday.setDate(now.getDate() - 1)
  if (key === dayKey(yesterday)) return 'Yesterday'
  return longDay.format(date)
}

/** Newest-first entries → one group per calendar day (the viewer's), days in the order they first appear. */
export function groupByDay(entries: readonly ActivityLogEntry[], now: Date = new Date()): ActivityDay[] {
  const days = new Map<string, ActivityDay>()
  for (const entry of entries) {
    const date = new Date(entry.created_at)
    const key = Number.isNaN(date.getTime()) ? 'unknown' : dayKey(date)
    let day = days.get(key)
    if (!day) {
      day = { key, label: key === 'unknown' ? 'Unknown date' : dayLabel(date, now), entries: [] }
      days.set(key, day)
    }
    day.entries.push(entry)
  }
  return [...days.values()]
}
