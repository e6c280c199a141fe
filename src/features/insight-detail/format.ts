import type { InsightKind } from '@/api/schemas/query'
import type { UserBasic } from '@/api/schemas/user'

/** The insight type as the badge and the chart captions name it. */
export const kindLabels: Readonly<Record<InsightKind, string>> = {
  TRENDS: 'Trends',
  FUNNELS: 'Funnel',
  RETENTION: 'Retention',
  PATHS: 'Paths',
  STICKINESS: 'Stickiness',
  LIFECYCLE: 'Lifecycle',
  SQL: 'SQL',
  JSON: 'JSON',
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/** Whole numbers with separators; fractions keep two places so averages are not rounded away. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value)
}

/** Axis ticks: 12.3K instead of 12,345 so labels fit. */
export function formatCompact(value: number): string {
  return compact.format(value)
}

export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`
}

/** Durations as PostHog shows conversion times: the two largest units, e.g. "2h 5m", "45s". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—'
  const total = Math.round(seconds)
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ]
  const parts: string[] = []
  let rest = total
  for (const [unit, size] of units) {
    const amount = Math.floor(rest / size)
    rest -= amount * size
    if (amount > 0 || (unit === 's' && parts.length === 0)) parts.push(`${amount}${unit}`)
    if (parts.length === 2) break
  }
  return parts.join(' ')
}

/** A cell of a SQL or JSON table: text as it is, anything structured as JSON (never as HTML). */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}

export function userName(user: UserBasic | null | undefined): string {
  if (!user) return 'Unknown user'
  const name = `${user.first_name} ${user.last_name}`.trim()
  return name || user.email
}
