import { BREAKDOWNS, eventLabel } from './catalog'
import { parseRelativeOrAbsoluteDate } from './dates'
import { insightKindOf, isRecord, type InsightKind, type Interval, type LegacyFilters, type QueryNode } from './insight-nodes'
import { createRandom, hashString, type Random } from './prng'
import { objectField, querySource, seriesLabel, seriesOf } from './queries'
import type { FunnelStepRow, PathsLinkRow, RetentionCohortRow, TrendsSeriesRow } from './result-shapes'

/*
 * Results are a pure function of the insight's short_id, its query (or legacy filters) and the moment it was last
 * refreshed: the same insight always draws the same chart, and editing the query or refreshing it changes the numbers,
 * as it would live. Each kind and display answers in the shape PostHog's own answers have (see result-shapes.ts).
 */

export interface ComputedResult {
  result: unknown
  columns: string[] | null
}

/** What an insight asks for, read once from its query node or, for a legacy insight, from its `filters`. */
interface ResultRequest {
  kind: InsightKind
  display: string | null
  interval: Interval
  dateFrom: string | null
  breakdown: string | null
  compare: boolean
  series: {
    label: string
    id: string | number | null
    type: 'events' | 'actions'
    math: string | null
    customName: string | null
  }[]
  funnelViz: 'steps' | 'time_to_convert' | 'trends'
  retention: { period: string; totalIntervals: number | null }
  paths: { start: string | null; stepLimit: number | null }
  sql: string | null
  event: string | null
}

const DAY_MS = 86_400_000
const INTERVAL_MS: Readonly<Record<Interval, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30 * DAY_MS,
}
const MAX_POINTS = 120
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

function isInterval(value: unknown): value is Interval {
  return typeof value === 'string' && Object.hasOwn(INTERVAL_MS, value)
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** Legacy `filters.events`/`filters.actions` entries (`{id, name, type, math, order}`), in their saved order. */
function legacySeries(filters: LegacyFilters): ResultRequest['series'] {
  const entries = [filters.events, filters.actions]
    .flatMap((list): unknown[] =>
      Array.isArray(list) ? (list as unknown[]) : typeof list === 'string' ? parseJsonList(list) : [],
    )
    .filter(isRecord)
    .sort((a, b) => (count(a.order) ?? 0) - (count(b.order) ?? 0))
  return entries.map((entry) => {
    const id = typeof entry.id === 'string' || typeof entry.id === 'number' ? entry.id : null
    const type = entry.type === 'actions' ? 'actions' : 'events'
    const customName = text(entry.custom_name)
    const label =
      customName ?? text(entry.name) ?? (type === 'events' ? eventLabel(typeof id === 'string' ? id : null) : `Action ${id}`)
    return { label, id, type, math: text(entry.math), customName }
  })
}

/** PostHog's query-string form of `filters` sends lists as JSON text. */
function parseJsonList(value: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(value)
    if (!Array.isArray(parsed)) return []
    const list: unknown[] = parsed
    return list
  } catch {
    return []
  }
}

function requestOf(query: QueryNode | null, filters: LegacyFilters | null): ResultRequest {
  const kind = insightKindOf(query, filters)
  if (!query && filters) {
    const viz = filters.funnel_viz_type
    return {
      kind,
      display: text(filters.display),
      interval: isInterval(filters.interval) ? filters.interval : 'day',
      dateFrom: text(filters.date_from),
      breakdown: text(filters.breakdown),
      compare: filters.compare === true,
      series: legacySeries(filters),
      funnelViz: viz === 'time_to_convert' || viz === 'trends' ? viz : 'steps',
      retention: { period: text(filters.period) ?? 'Day', totalIntervals: count(filters.total_intervals) },
      paths: { start: text(filters.start_point), stepLimit: count(filters.step_limit) },
      sql: null,
      event: null,
    }
  }
  const source = querySource(query)
  const display = [
    objectField(source, 'trendsFilter').display,
    objectField(source, 'stickinessFilter').display,
    isRecord(query) ? query.display : undefined,
  ].find((value) => typeof value === 'string')
  const viz = objectField(source, 'funnelsFilter').funnelVizType
  const retention = objectField(source, 'retentionFilter')
  const paths = objectField(source, 'pathsFilter')
  return {
    kind,
    display: text(display),
    interval: isInterval(source.interval) ? source.interval : 'day',
    dateFrom: text(objectField(source, 'dateRange').date_from),
    breakdown: text(objectField(source, 'breakdownFilter').breakdown),
    compare: objectField(source, 'compareFilter').compare === true,
    series: seriesOf(query).map((node) => ({
      label: seriesLabel(node),
      id: node.kind === 'ActionsNode' ? node.id : ((node.kind === 'EventsNode' ? node.event : node.id) ?? null),
      type: node.kind === 'ActionsNode' ? 'actions' : 'events',
      math: node.math ?? null,
      customName: node.custom_name ?? null,
    })),
    funnelViz: viz === 'time_to_convert' || viz === 'trends' ? viz : 'steps',
    retention: { period: text(retention.period) ?? 'Day', totalIntervals: count(retention.totalIntervals) },
    paths: { start: text(paths.startPoint), stepLimit: count(paths.stepLimit) },
    sql: text(source.query),
    event: text(source.event),
  }
}

function startOfUtcDay(time: number): number {
  return time - (time % DAY_MS)
}

/** The time buckets a request covers, ending at `end` (PostHog labels days like "5-Mar-2026"). */
function buckets(request: ResultRequest, end: Date): { days: string[]; labels: string[] } {
  const step = INTERVAL_MS[request.interval]
  const from = request.dateFrom ? parseRelativeOrAbsoluteDate(request.dateFrom, end) : null
  const span = from ? Math.max(end.getTime() - from.getTime(), step) : 7 * DAY_MS
  const points = Math.min(MAX_POINTS, Math.max(2, Math.floor(span / step) + 1))
  const hourly = request.interval === 'hour' || request.interval === 'minute'
  const last = hourly ? end.getTime() - (end.getTime() % step) : startOfUtcDay(end.getTime())
  const days: string[] = []
  const labels: string[] = []
  for (let index = points - 1; index >= 0; index--) {
    const at = new Date(last - index * step)
    const iso = at.toISOString()
    const label = `${at.getUTCDate()}-${MONTHS[at.getUTCMonth()] ?? ''}-${at.getUTCFullYear()}`
    if (hourly) {
      days.push(`${iso.slice(0, 10)} ${iso.slice(11, 19)}`)
      labels.push(`${label} ${iso.slice(11, 16)}`)
    } else {
      days.push(iso.slice(0, 10))
      labels.push(label)
    }
  }
  return { days, labels }
}

/** The same buckets one period earlier, for "compare to previous period". */
function previousBuckets(request: ResultRequest, end: Date): { days: string[]; labels: string[] } {
  const current = buckets(request, end)
  const span = current.days.length * INTERVAL_MS[request.interval]
  return buckets(request, new Date(end.getTime() - span))
}

/** A plausible metric over time: a level, a drift, a weekly rhythm and noise. */
function series(random: Random, points: number, level: number): number[] {
  const drift = (random.next() - 0.4) * 0.02
  const weekly = random.next() * 0.3
  const data: number[] = []
  for (let index = 0; index < points; index++) {
    const rhythm = 1 + weekly * Math.sin((index / 7) * 2 * Math.PI)
    const noise = 0.85 + random.next() * 0.3
    data.push(Math.max(0, Math.round(level * (1 + drift * index) * rhythm * noise)))
  }
  return data
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)

/*
 * Displays that show one number per series. PostHog's trends runner answers them with `aggregated_value` and an empty
 * `data` (trendsBarValue, trendsNumber, trendsPie, trendsTable and trendsWorldMap in PostHog's fixtures).
 */
const AGGREGATED_DISPLAYS: ReadonlySet<string> = new Set([
  'BoldNumber',
  'ActionsPie',
  'ActionsBarValue',
  'ActionsTable',
  'WorldMap',
])

function runningTotal(values: readonly number[]): number[] {
  let total = 0
  return values.map((value) => (total += value))
}

function trendsResult(random: Random, request: ResultRequest, end: Date): TrendsSeriesRow[] {
  const display = request.display ?? 'ActionsLineGraph'
  // A world map is a breakdown by country, whatever else the query says.
  const breakdownProperty = display === 'WorldMap' ? '$geoip_country_code' : request.breakdown
  const breakdown = BREAKDOWNS.find((item) => item.property === breakdownProperty)
  const periods = request.compare
    ? ([
        ['current', buckets(request, end)],
        ['previous', previousBuckets(request, end)],
      ] as const)
    : ([[null, buckets(request, end)]] as const)
  const out: TrendsSeriesRow[] = []
  request.series.forEach((node, order) => {
    const scale = node.math === 'sum' ? 40 : node.math === 'dau' ? 0.4 : 1
    const action = {
      id: node.id,
      type: node.type,
      order,
      name: node.label,
      custom_name: node.customName,
      math: node.math,
      math_property: null,
      math_group_type_index: null,
      properties: {},
    }
    const values = breakdown ? breakdown.values.slice(0, display === 'WorldMap' ? breakdown.values.length : 5) : [null]
    for (const value of values) {
      for (const [compareLabel, { days, labels }] of periods) {
        const raw = series(random, days.length, Math.round((50 + random.next() * 4000) * scale))
        const total = sum(raw)
        const aggregated = AGGREGATED_DISPLAYS.has(display)
        const data = aggregated ? [] : display === 'ActionsLineGraphCumulative' ? runningTotal(raw) : raw
        out.push({
          action,
          label: value ?? node.label,
          count: aggregated ? 0 : total,
          data,
          labels: aggregated ? [] : labels,
          days,
          ...(aggregated ? { aggregated_value: total } : {}),
          ...(value ? { breakdown_value: value } : {}),
          ...(compareLabel ? { compare: true, compare_label: compareLabel } : {}),
        })
      }
    }
  })
  return out
}

function stickinessResult(random: Random, request: ResultRequest): TrendsSeriesRow[] {
  const points = 30
  const labels = Array.from({ length: points }, (_, index) => `${index + 1} day${index === 0 ? '' : 's'}`)
  const days = Array.from({ length: points }, (_, index) => index + 1)
  return request.series.map((node, order) => {
    let users = 800 + random.int(0, 6000)
    const decay = 0.55 + random.next() * 0.3
    const data = days.map(() => {
      const current = users
      users = Math.round(users * (decay + random.next() * 0.1))
      return current
    })
    return {
      label: node.label,
      data,
      labels,
      days,
      count: sum(data),
      action: { id: node.id, name: node.label, type: node.type, order },
    }
  })
}

function lifecycleResult(random: Random, request: ResultRequest, end: Date): TrendsSeriesRow[] {
  const { days, labels } = buckets(request, end)
  const label = request.series[0]?.label ?? eventLabel('$pageview')
  const level = 100 + random.int(0, 3000)
  const statuses = [
    ['new', 0.35],
    ['returning', 0.9],
    ['resurrecting', 0.15],
    ['dormant', -0.4],
  ] as const
  return statuses.map(([status, share]) => {
    const magnitude = series(random, days.length, Math.round(level * Math.abs(share)))
    const data = share < 0 ? magnitude.map((value) => -value) : magnitude
    return { label: `${label} - ${status}`, status, data, labels, days, count: sum(data) }
  })
}

function funnelSteps(random: Random, request: ResultRequest): FunnelStepRow[] {
  let people = 2000 + random.int(0, 30_000)
  return request.series.map((node, order) => {
    if (order > 0) people = Math.round(people * (0.3 + random.next() * 0.6))
    const average = order === 0 ? null : Math.round(60 + random.next() * 86_400)
    return {
      action_id: node.id,
      name: node.label,
      custom_name: node.customName,
      order,
      count: people,
      type: node.type,
      average_conversion_time: average,
      median_conversion_time: average === null ? null : Math.round(average * (0.5 + random.next() * 0.4)),
    }
  })
}

/** `time_to_convert`: people per bin of conversion time, `[bin start in seconds, people]`, as PostHog's funnel answers. */
function timeToConvertResult(random: Random): { bins: [number, number][]; average_conversion_time: number } {
  const binCount = random.int(10, 18)
  const width = random.pick([600, 3_600, 14_435])
  let people = 500 + random.int(0, 5000)
  const bins: [number, number][] = []
  let weighted = 0
  let total = 0
  for (let index = 0; index < binCount; index++) {
    bins.push([index * width, people])
    weighted += (index + 0.5) * width * people
    total += people
    people = Math.round(people * (0.2 + random.next() * 0.5))
  }
  return { bins, average_conversion_time: total > 0 ? Math.round((weighted / total) * 10) / 10 : 0 }
}

/** Funnel `trends`: the conversion rate (%) per bucket, as PostHog's funnel trends answer (no label, no action). */
function funnelTrendsResult(random: Random, request: ResultRequest, end: Date): TrendsSeriesRow[] {
  const { days, labels } = buckets(request, end)
  let rate = 10 + random.next() * 40
  const data = days.map(() => {
    rate = Math.min(100, Math.max(0, rate + (random.next() - 0.5) * 6))
    return Math.round(rate * 100) / 100
  })
  return [{ count: days.length, data, days, labels }]
}

function funnelResult(random: Random, request: ResultRequest, end: Date): unknown {
  if (request.funnelViz === 'time_to_convert') return timeToConvertResult(random)
  if (request.funnelViz === 'trends') return funnelTrendsResult(random, request, end)
  return funnelSteps(random, request)
}

function retentionResult(random: Random, request: ResultRequest, end: Date): RetentionCohortRow[] {
  const period = request.retention.period
  const total = request.retention.totalIntervals ? Math.min(Math.max(request.retention.totalIntervals, 1), 24) : 8
  const step = period === 'Month' ? 30 * DAY_MS : period === 'Week' ? 7 * DAY_MS : period === 'Hour' ? 3_600_000 : DAY_MS
  const first = startOfUtcDay(end.getTime()) - (total - 1) * step
  return Array.from({ length: total }, (_, cohort) => {
    let people = 300 + random.int(0, 4000)
    const keep = 0.25 + random.next() * 0.3
    const values = Array.from({ length: total - cohort }, (_, index) => {
      if (index > 0) people = Math.round(people * (index === 1 ? keep : 0.8 + random.next() * 0.15))
      return { count: people, label: `${period} ${index}` }
    })
    return { date: new Date(first + cohort * step).toISOString(), label: `${period} ${cohort}`, values }
  })
}

const PATH_TARGETS = ['/browse', '/watch', '/search', '/pricing', '/account', '/checkout', '/settings', '/home', '/help'] as const

function pathsResult(random: Random, request: ResultRequest): PathsLinkRow[] {
  const start = request.paths.start ?? '/home'
  const steps = request.paths.stepLimit ? Math.min(Math.max(request.paths.stepLimit, 2), 8) : 5
  const links: PathsLinkRow[] = []
  let layer: { node: string; value: number }[] = [{ node: `1_${start}`, value: 5000 + random.int(0, 40_000) }]
  for (let step = 2; step <= steps; step++) {
    const next = new Map<string, number>()
    for (const { node, value } of layer) {
      let remaining = Math.round(value * (0.5 + random.next() * 0.35))
      for (const target of random.sample(PATH_TARGETS, random.int(2, 3))) {
        const share = Math.max(1, Math.round(remaining * (0.4 + random.next() * 0.4)))
        remaining -= share
        const targetNode = `${step}_${target}`
        links.push({
          source: node,
          target: targetNode,
          value: share,
          average_conversion_time: Math.round(5_000 + random.next() * 120_000),
        })
        next.set(targetNode, (next.get(targetNode) ?? 0) + share)
        if (remaining <= 0) break
      }
    }
    layer = [...next.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([node, value]) => ({ node, value }))
  }
  return links
}

/** Column names of a `SELECT … FROM`: the alias after AS, else the expression itself. */
export function sqlColumns(sql: string): string[] {
  const match = /select\s+([\s\S]+?)\s+from\s/i.exec(sql)
  const list = match?.[1] ?? sql.replace(/^\s*select\s+/i, '')
  const columns: string[] = []
  let depth = 0
  let current = ''
  for (const character of list) {
    if (character === '(') depth++
    if (character === ')') depth--
    if (character === ',' && depth === 0) {
      columns.push(current)
      current = ''
    } else current += character
  }
  columns.push(current)
  return columns
    .map((column) => column.trim())
    .filter(Boolean)
    .map((column) => /\bas\s+([\w$]+)\s*$/i.exec(column)?.[1] ?? column)
}

const SQL_VALUES: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /url|page|path/i,
    ['/home', '/browse', '/watch/stranger-hogs', '/pricing', '/search', '/account', '/checkout', '/watch/the-hog-father'],
  ],
  [
    /customer|email|user/i,
    ['maria@northwind.example', 'li@globex.example', 'sam@initech.example', 'ana@umbrella.example', 'joe@hooli.example'],
  ],
  [
    /title|show|movie/i,
    ['Stranger Hogs', 'The Hog Father', 'Breaking Bacon', 'Hogwarts Reunion', 'The Crown Jewels', 'Snout of Africa'],
  ],
  [/referr|domain|source/i, ['google.com', '$direct', 'twitter.com', 'reddit.com', 'news.ycombinator.com', 'bing.com']],
  [/country/i, ['US', 'GB', 'DE', 'FR', 'BR', 'IN', 'JP', 'CA']],
  [/term|query|search/i, ['hog documentary', 'cooking show', 'anime', 'true crime', 'kids cartoons', 'live football']],
]

function sqlResult(random: Random, request: ResultRequest): ComputedResult {
  const columns = sqlColumns(request.sql ?? 'SELECT 1')
  const rowCount = random.int(6, 12)
  let magnitude = 1000 + random.int(0, 50_000)
  const rows = Array.from({ length: rowCount }, (_, row) => {
    magnitude = Math.round(magnitude * (0.6 + random.next() * 0.35))
    return columns.map((column, index) => {
      if (index > 0) return index === 1 ? magnitude : Math.round(magnitude * (0.2 + random.next() * 0.6))
      const values = SQL_VALUES.find(([pattern]) => pattern.test(column))?.[1]
      return values ? (values[row % values.length] ?? `row ${row + 1}`) : `row ${row + 1}`
    })
  })
  return { result: rows, columns }
}

function jsonResult(random: Random, request: ResultRequest, end: Date): unknown[] {
  return Array.from({ length: 10 }, (_, index) => ({
    event: request.event ?? '$pageview',
    distinct_id: `user-${random.int(1000, 9999)}`,
    timestamp: new Date(end.getTime() - index * random.int(5_000, 600_000)).toISOString(),
    properties: {
      $current_url: `https://hogflix.example${random.pick(PATH_TARGETS)}`,
      $browser: random.pick(['Chrome', 'Safari', 'Firefox']),
    },
  }))
}

export function computeInsightResult(
  insight: { short_id: string; query: QueryNode | null; filters?: LegacyFilters | null },
  refreshedAt: Date,
): ComputedResult {
  const filters = insight.filters ?? null
  const random = createRandom(
    hashString(insight.short_id) ^
      hashString(JSON.stringify(insight.query ?? filters)) ^
      Math.floor(refreshedAt.getTime() / 3_600_000),
  )
  const request = requestOf(insight.query, filters)
  switch (request.kind) {
    case 'TRENDS':
      return { result: trendsResult(random, request, refreshedAt), columns: null }
    case 'STICKINESS':
      return { result: stickinessResult(random, request), columns: null }
    case 'LIFECYCLE':
      return { result: lifecycleResult(random, request, refreshedAt), columns: null }
    case 'FUNNELS':
      return { result: funnelResult(random, request, refreshedAt), columns: null }
    case 'RETENTION':
      return { result: retentionResult(random, request, refreshedAt), columns: null }
    case 'PATHS':
      return { result: pathsResult(random, request), columns: null }
    case 'SQL':
      return sqlResult(random, request)
    case 'JSON':
      return { result: insight.query ? jsonResult(random, request, refreshedAt) : null, columns: null }
  }
}
