import { describeDateRange } from '@/lib/date-range'
import { diffJson } from './json-diff'

/*
 * A query change in words. PostHog logs an insight's whole query before and after an edit, and shows both as JSON; a
 * person wants to read "Interval changed from day to week". This reads the parts of an insight query people edit
 * (series, interval, date range, breakdown, filters, display, funnel window) and says what happened to each; anything
 * else it only counts, and the raw diff stays one click away.
 */

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value
  if (typeof value === 'number') return String(value)
  return undefined
}

function quoted(value: string): string {
  return `“${value}”`
}

/** The node whose settings people edit: an InsightVizNode's `source`, or the query itself when it has no source. */
function sourceOf(query: unknown): Json {
  const source = field(query, 'source')
  if (isObject(source)) return source
  return isObject(query) ? query : {}
}

const kindLabels: Readonly<Record<string, string>> = {
  TrendsQuery: 'Trends',
  FunnelsQuery: 'Funnel',
  RetentionQuery: 'Retention',
  PathsQuery: 'Paths',
  StickinessQuery: 'Stickiness',
  LifecycleQuery: 'Lifecycle',
  HogQLQuery: 'SQL',
}

function kindLabel(kind: unknown): string {
  const name = text(kind)
  return name ? (kindLabels[name] ?? name) : 'unknown'
}

/** PostHog's math names (frontend `mathsLogic`), for the ones insights use most; others are shown as sent. */
const mathLabels: Readonly<Record<string, string>> = {
  total: 'total count',
  dau: 'unique users',
  weekly_active: 'weekly active users',
  monthly_active: 'monthly active users',
  unique_session: 'unique sessions',
  first_time_for_user: 'first time for a user',
  sum: 'sum',
  avg: 'average',
  min: 'minimum',
  max: 'maximum',
  median: 'median',
  p90: '90th percentile',
  p95: '95th percentile',
  p99: '99th percentile',
}

function mathLabel(math: unknown): string {
  const name = text(math) ?? 'total'
  return mathLabels[name] ?? name
}

interface Series {
  /** What the series counts (event, action or table); two series with the same identity are the same series. */
  identity: string
  /** The name a person sees: its custom name, else its event or action name. */
  label: string
  customName: string | undefined
  math: string
}

function seriesOf(source: Json): Series[] {
  const series = source.series
  if (!Array.isArray(series)) return []
  return series.map((node: unknown) => {
    const kind = text(field(node, 'kind')) ?? 'EventsNode'
    const event = field(node, 'event')
    const target =
      kind === 'ActionsNode'
        ? `action ${text(field(node, 'id')) ?? '?'}`
        : kind === 'DataWarehouseNode'
          ? (text(field(node, 'table_name')) ?? 'a table')
          : event === null
            ? 'All events'
            : (text(event) ?? 'an event')
    const name = kind === 'ActionsNode' ? (text(field(node, 'name')) ?? target) : target
    const customName = text(field(node, 'custom_name'))
    return { identity: `${kind}:${target}`, label: customName ?? name, customName, math: mathLabel(field(node, 'math')) }
  })
}

/**
 * Series are matched by what they count, in order, so reordering or renaming one is not read as removing it and
 * adding another.
 */
function describeSeries(before: Series[], after: Series[]): string[] {
  const unmatched = [...after]
  const lines: string[] = []
  const removed: Series[] = []
  for (const old of before) {
    const index = unmatched.findIndex((candidate) => candidate.identity === old.identity)
    const match = index === -1 ? undefined : unmatched.splice(index, 1)[0]
    if (!match) {
      removed.push(old)
      continue
    }
    if (old.customName !== match.customName) {
      lines.push(
        match.customName
          ? `Series ${quoted(old.label)} renamed to ${quoted(match.customName)}`
          : `Series ${quoted(old.label)} renamed back to ${quoted(match.label)}`,
      )
    }
    if (old.math !== match.math) lines.push(`Series ${quoted(match.label)} now counts ${match.math} (was ${old.math})`)
  }
  for (const gone of removed) lines.push(`Series removed: ${quoted(gone.label)}`)
  for (const added of unmatched) lines.push(`Series added: ${quoted(added.label)}`)
  const order = (series: Series[]) => series.map((one) => one.identity).join('\n')
  if (removed.length === 0 && unmatched.length === 0 && order(before) !== order(after)) lines.push('Series reordered')
  return lines
}

function describeInterval(before: Json, after: Json): string[] {
  const from = text(before.interval) ?? 'day'
  const to = text(after.interval) ?? 'day'
  if (!('interval' in before) && !('interval' in after)) return []
  return from === to ? [] : [`Interval changed from ${from} to ${to}`]
}

function dateRangeLabel(source: Json): string {
  const range = source.dateRange
  const label = describeDateRange({ from: text(field(range, 'date_from')), to: text(field(range, 'date_to')) })
  // PostHog's insights default to the last 7 days when no range is stored.
  return label ?? 'Last 7 days'
}

function describeDateRangeChange(before: Json, after: Json): string[] {
  const from = dateRangeLabel(before)
  const to = dateRangeLabel(after)
  return from === to ? [] : [`Date range changed from ${from.toLowerCase()} to ${to.toLowerCase()}`]
}

function breakdownLabel(source: Json): string | undefined {
  const filter = source.breakdownFilter
  const breakdown = field(filter, 'breakdown')
  const multiple = field(filter, 'breakdowns')
  const names = Array.isArray(breakdown)
    ? breakdown.map(text)
    : Array.isArray(multiple)
      ? multiple.map((item) => text(field(item, 'property')))
      : [text(breakdown)]
  const shown = names.filter((name): name is string => name !== undefined)
  return shown.length > 0 ? shown.join(', ') : undefined
}

function describeBreakdown(before: Json, after: Json): string[] {
  const from = breakdownLabel(before)
  const to = breakdownLabel(after)
  if (from === to) return []
  if (!from) return [`Breakdown added: ${to ?? ''}`]
  if (!to) return [`Breakdown removed: ${from}`]
  return [`Breakdown changed from ${from} to ${to}`]
}

const operatorWords: Readonly<Record<string, string>> = {
  exact: '=',
  is_not: '≠',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches',
  not_regex: 'does not match',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  is_set: 'is set',
  is_not_set: 'is not set',
}

/** Property filters flattened out of PostHog's `PropertyGroupFilter` nesting (`{type, values: [...]}`). */
function propertyFilters(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(propertyFilters)
  const values = field(value, 'values')
  if (Array.isArray(values) && !('key' in (value as Json))) return values.flatMap(propertyFilters)
  return isObject(value) ? [value] : []
}

function filterLabel(filter: unknown): string {
  const key = text(field(filter, 'key')) ?? 'a property'
  const operator = text(field(filter, 'operator')) ?? 'exact'
  const value = field(filter, 'value')
  const shown = Array.isArray(value) ? value.map((item) => String(item)).join(' or ') : (text(value) ?? '')
  const word = operatorWords[operator] ?? operator
  return operator === 'is_set' || operator === 'is_not_set' ? `${key} ${word}` : `${key} ${word} ${shown}`.trim()
}

function describeFilters(before: Json, after: Json): string[] {
  const from = propertyFilters(before.properties).map(filterLabel)
  const to = propertyFilters(after.properties).map(filterLabel)
  const lines = [
    ...to.filter((label) => !from.includes(label)).map((label) => `Filter added: ${label}`),
    ...from.filter((label) => !to.includes(label)).map((label) => `Filter removed: ${label}`),
  ]
  const testAccountsBefore = before.filterTestAccounts === true
  const testAccountsAfter = after.filterTestAccounts === true
  if (testAccountsBefore !== testAccountsAfter) {
    lines.push(testAccountsAfter ? 'Test accounts now filtered out' : 'Test accounts now included')
  }
  return lines
}

/** PostHog's `ChartDisplayType` and `FunnelVizType` values, as its display menu names them. */
const displayLabels: Readonly<Record<string, string>> = {
  ActionsLineGraph: 'line chart',
  ActionsLineGraphCumulative: 'cumulative line chart',
  ActionsAreaGraph: 'area chart',
  ActionsBar: 'bar chart',
  ActionsStackedBar: 'stacked bar chart',
  ActionsBarValue: 'bar chart (total value)',
  ActionsTable: 'table',
  ActionsPie: 'pie chart',
  BoldNumber: 'number',
  WorldMap: 'world map',
  CalendarHeatmap: 'calendar heatmap',
  steps: 'conversion steps',
  time_to_convert: 'time to convert',
  trends: 'historical trends',
}

function displayOf(source: Json): string | undefined {
  return (
    text(field(source.trendsFilter, 'display')) ??
    text(field(source.funnelsFilter, 'funnelVizType')) ??
    text(field(source.stickinessFilter, 'display')) ??
    text(field(source.lifecycleFilter, 'display'))
  )
}

function describeDisplay(before: Json, after: Json): string[] {
  const from = displayOf(before)
  const to = displayOf(after)
  if (from === to || !to) return []
  const label = (display: string) => displayLabels[display] ?? display
  return [from ? `Display changed from ${label(from)} to ${label(to)}` : `Display set to ${label(to)}`]
}

function funnelWindow(source: Json): string | undefined {
  if (source.kind !== 'FunnelsQuery') return undefined
  // PostHog's defaults: a 14-day conversion window.
  const count = field(source.funnelsFilter, 'funnelWindowInterval')
  const amount = typeof count === 'number' ? count : 14
  const unit = text(field(source.funnelsFilter, 'funnelWindowIntervalUnit')) ?? 'day'
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`
}

function describeFunnelWindow(before: Json, after: Json): string[] {
  const from = funnelWindow(before)
  const to = funnelWindow(after)
  if (!from || !to || from === to) return []
  return [`Conversion window changed from ${from} to ${to}`]
}

/** Top-level settings this summary reads, and the settings it reads inside PostHog's per-kind filter objects. */
const describedKeys = ['kind', 'series', 'interval', 'dateRange', 'breakdownFilter', 'properties', 'filterTestAccounts']
const describedFilterKeys: Readonly<Record<string, readonly string[]>> = {
  trendsFilter: ['display'],
  funnelsFilter: ['funnelVizType', 'funnelWindowInterval', 'funnelWindowIntervalUnit'],
  stickinessFilter: ['display'],
  lifecycleFilter: ['display'],
}

/** The source without what the sentences above cover; an empty filter object left behind counts as absent. */
function undescribed(source: Json): Json {
  const rest: Json = {}
  for (const [key, value] of Object.entries(source)) {
    if (describedKeys.includes(key)) continue
    const inner = describedFilterKeys[key]
    if (inner && isObject(value)) {
      const kept = Object.fromEntries(Object.entries(value).filter(([name]) => !inner.includes(name)))
      if (Object.keys(kept).length > 0) rest[key] = kept
      continue
    }
    rest[key] = value
  }
  return rest
}

/** How many other values differ, in the source and around it (the InsightVizNode's own settings). */
function countOtherChanges(before: Json, after: Json): number {
  const outside = (query: Json) => Object.fromEntries(Object.entries(query).filter(([key]) => key !== 'source'))
  const inSource = diffJson(undescribed(sourceOf(before)), undescribed(sourceOf(after))).length
  return inSource + (isObject(before.source) || isObject(after.source) ? diffJson(outside(before), outside(after)).length : 0)
}

/**
 * What changed between two stored insight queries, one sentence per change, in the order a person reads an insight:
 * type, series, date range, interval, breakdown, filters, display, funnel window, then a count of anything else.
 * An empty list means the two queries are the same.
 */
export function describeQueryChange(before: unknown, after: unknown): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  if (!isObject(before)) return isObject(after) ? [`Query set: ${kindLabel(sourceOf(after).kind)}`] : ['Query changed']
  if (!isObject(after)) return ['Query removed']
  const from = sourceOf(before)
  const to = sourceOf(after)
  if (from.kind !== to.kind) return [`Insight type changed from ${kindLabel(from.kind)} to ${kindLabel(to.kind)}`]
  if (text(from.query) !== undefined || text(to.query) !== undefined) {
    return from.query === to.query ? [] : ['SQL query edited']
  }
  const lines = [
    ...describeSeries(seriesOf(from), seriesOf(to)),
    ...describeDateRangeChange(from, to),
    ...describeInterval(from, to),
    ...describeBreakdown(from, to),
    ...describeFilters(from, to),
    ...describeDisplay(from, to),
    ...describeFunnelWindow(from, to),
  ]
  const others = countOtherChanges(before, after)
  if (others > 0) lines.push(`${others} other ${others === 1 ? 'setting' : 'settings'} changed`)
  return lines.length > 0 ? lines : ['Query changed']
}
