/**
 * Date bounds of the list filters, as PostHog reads them: relative tokens (`-7d`, `-2h`, `-1m`, `mStart` …) or absolute
 * dates (`2025-04-23`). A range is a `from` and an optional `to`.
 */
export interface DateRange {
  from?: string | undefined
  to?: string | undefined
}

export interface DateRangePreset {
  from: string
  label: string
}

export const dateRangePresets: readonly DateRangePreset[] = [
  { from: '-24h', label: 'Last 24 hours' },
  { from: '-7d', label: 'Last 7 days' },
  { from: '-30d', label: 'Last 30 days' },
  { from: '-90d', label: 'Last 90 days' },
  { from: 'mStart', label: 'This month' },
  { from: 'yStart', label: 'This year' },
  { from: '-1y', label: 'Last 12 months' },
]

const RELATIVE = /^-\d{1,4}[hdwmqyM]$/
const ANCHOR = /^(dStart|mStart|yStart)$/
const ABSOLUTE = /^\d{4}-\d{2}-\d{2}$/

/** A bound PostHog can parse; the absolute form must also be a real calendar day (no 2025-02-30). */
export function isDateBound(value: string): boolean {
  if (RELATIVE.test(value) || ANCHOR.test(value)) return true
  if (!ABSOLUTE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

export function presetFor(range: DateRange): DateRangePreset | undefined {
  return range.to ? undefined : dateRangePresets.find((preset) => preset.from === range.from)
}

/** "Last 7 days", "from 2025-01-01", "until 2025-02-01", "2025-01-01 – 2025-02-01"; undefined when unbounded. */
export function describeDateRange(range: DateRange): string | undefined {
  const preset = presetFor(range)
  if (preset) return preset.label
  if (range.from && range.to) return `${range.from} – ${range.to}`
  if (range.from) return `from ${range.from}`
  if (range.to) return `until ${range.to}`
  return undefined
}
