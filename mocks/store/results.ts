import type { FunnelStep, LifecycleSeries, PathsLink, RetentionCohort, TrendsSeries } from '@/api/schemas/insight-result'
import type { InsightQuery, Interval } from '@/api/schemas/query'
import { insightKind } from '@/api/schemas/query'
import { BREAKDOWNS } from './catalog'
import { parseRelativeOrAbsoluteDate } from './dates'
import { createRandom, hashString, type Random } from './prng'
import { objectField, querySource, seriesLabel, seriesOf } from './queries'

/*
 * Results are a pure function of the insight's short_id, its query and the moment it was last refreshed: the same
 * insight always draws the same chart, and editing the query or refreshing it changes the numbers, as it would live.
 */

export interface ComputedResult {
  result: unknown
  columns: string[] | null
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

function startOfUtcDay(time: number): number {
  return time - (time % DAY_MS)
}

/** The time buckets a query covers, ending at the refresh time (PostHog labels days like "5-Mar-2026"). */
function buckets(query: InsightQuery | null, end: Date): { days: string[]; labels: string[] } {
  const source = querySource(query)
  const interval: Interval = isInterval(source.interval) ? source.interval : 'day'
  const step = INTERVAL_MS[interval]
  const dateFrom = objectField(source, 'dateRange').date_from
  const from = typeof dateFrom === 'string' ? parseRelativeOrAbsoluteDate(dateFrom, end) : null
  const span = from ? Math.max(end.getTime() - from.getTime(), step) : 7 * DAY_MS
  const count = Math.min(MAX_POINTS, Math.max(2, Math.floor(span / step) + 1))
  const last =
    interval === 'hour' || interval === 'minute' ? end.getTime() - (end.getTime() % step) : startOfUtcDay(end.getTime())
  const days: string[] = []
  const labels: string[] = []
  for (let index = count - 1; index >= 0; index--) {
    const at = new Date(last - index * step)
    const iso = at.toISOString()
    const label = `${at.getUTCDate()}-${MONTHS[at.getUTCMonth()] ?? ''}-${at.getUTCFullYear()}`
    if (interval === 'hour' || interval === 'minute') {
      days.push(`${iso.slice(0, 10)} ${iso.slice(11, 19)}`)
      labels.push(`${label} ${iso.slice(11, 16)}`)
    } else {
      days.push(iso.slice(0, 10))
      labels.push(label)
    }
  }
  return { days, labels }
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

function trendsResult(random: Random, query: InsightQuery | null, end: Date): TrendsSeries[] {
  const { days, labels } = buckets(query, end)
  const source = querySource(query)
  const breakdownProperty = objectField(source, 'breakdownFilter').breakdown
  const breakdown = BREAKDOWNS.find((item) => item.property === breakdownProperty)
  const nodes = seriesOf(query)
  const out: TrendsSeries[] = []
  nodes.forEach((node, order) => {
    const label = seriesLabel(node)
    const scale = node.math === 'sum' ? 40 : node.math === 'dau' ? 0.4 : 1
    const action = {
      id: node.kind === 'ActionsNode' ? node.id : ((node.kind === 'EventsNode' ? node.event : node.id) ?? null),
      name: label,
      type: node.kind === 'ActionsNode' ? 'actions' : 'events',
      order,
    }
    const values = breakdown ? breakdown.values.slice(0, 5) : [null]
    for (const value of values) {
      const data = series(random, days.length, Math.round((50 + random.next() * 4000) * scale))
      out.push({
        label: value ?? label,
        data,
        labels,
        days,
        count: sum(data),
        action,
        ...(value ? { breakdown_value: value } : {}),
      })
    }
  })
  return out
}

function stickinessResult(random: Random, query: InsightQuery | null): TrendsSeries[] {
  const points = 30
  const labels = Array.from({ length: points }, (_, index) => `${index + 1} day${index === 0 ? '' : 's'}`)
  const days = Array.from({ length: points }, (_, index) => index + 1)
  return seriesOf(query).map((node, order) => {
    let users = 800 + random.int(0, 6000)
    const decay = 0.55 + random.next() * 0.3
    const data = days.map(() => {
      const current = users
      users = Math.round(users * (decay + random.next() * 0.1))
      return current
    })
    return {
      label: seriesLabel(node),
      data,
      labels,
      days,
      count: sum(data),
      action: { id: null, name: seriesLabel(node), type: 'events', order },
    }
  })
}

function lifecycleResult(random: Random, query: InsightQuery | null, end: Date): LifecycleSeries[] {
  const { days, labels } = buckets(query, end)
  const label = seriesLabel(seriesOf(query)[0] ?? { kind: 'EventsNode', event: '$pageview' })
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

function funnelResult(random: Random, query: InsightQuery | null): FunnelStep[] {
  let count = 2000 + random.int(0, 30_000)
  return seriesOf(query).map((node, order) => {
    if (order > 0) count = Math.round(count * (0.3 + random.next() * 0.6))
    const average = order === 0 ? null : Math.round(60 + random.next() * 86_400)
    return {
      action_id: node.kind === 'ActionsNode' ? node.id : node.kind === 'EventsNode' ? (node.event ?? null) : node.id,
      name: seriesLabel(node),
      custom_name: node.custom_name ?? null,
      order,
      count,
      type: node.kind === 'ActionsNode' ? 'actions' : 'events',
      average_conversion_time: average,
      median_conversion_time: average === null ? null : Math.round(average * (0.5 + random.next() * 0.4)),
    }
  })
}

function retentionResult(random: Random, query: InsightQuery | null, end: Date): RetentionCohort[] {
  const filter = objectField(querySource(query), 'retentionFilter')
  const period = typeof filter.period === 'string' ? filter.period : 'Day'
  const total = typeof filter.totalIntervals === 'number' ? Math.min(Math.max(filter.totalIntervals, 1), 24) : 8
  const step = period === 'Month' ? 30 * DAY_MS : period === 'Week' ? 7 * DAY_MS : period === 'Hour' ? 3_600_000 : DAY_MS
  const first = startOfUtcDay(end.getTime()) - (total - 1) * step
  return Array.from({ length: total }, (_, cohort) => {
    let count = 300 + random.int(0, 4000)
    const keep = 0.25 + random.next() * 0.3
    const values = Array.from({ length: total - cohort }, (_, index) => {
      if (index > 0) count = Math.round(count * (index === 1 ? keep : 0.8 + random.next() * 0.15))
      return { count, label: `${period} ${index}` }
    })
    return { date: new Date(first + cohort * step).toISOString(), label: `${period} ${cohort}`, values }
  })
}

const PATH_TARGETS = ['/browse', '/watch', '/search', '/pricing', '/account', '/checkout', '/settings', '/home', '/help'] as const

function pathsResult(random: Random, query: InsightQuery | null): PathsLink[] {
  const filter = objectField(querySource(query), 'pathsFilter')
  const start = typeof filter.startPoint === 'string' ? filter.startPoint : '/home'
  const steps = typeof filter.stepLimit === 'number' ? Math.min(Math.max(filter.stepLimit, 2), 8) : 5
  const links: PathsLink[] = []
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

function sqlResult(random: Random, query: InsightQuery | null): ComputedResult {
  const text = querySource(query).query
  const columns = sqlColumns(typeof text === 'string' ? text : 'SELECT 1')
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

function jsonResult(random: Random, query: InsightQuery | null, end: Date): unknown[] {
  const event = querySource(query).event
  return Array.from({ length: 10 }, (_, index) => ({
    event: typeof event === 'string' ? event : '$pageview',
    distinct_id: `user-${random.int(1000, 9999)}`,
    timestamp: new Date(end.getTime() - index * random.int(5_000, 600_000)).toISOString(),
    properties: {
      $current_url: `https://hogflix.example${random.pick(PATH_TARGETS)}`,
      $browser: random.pick(['Chrome', 'Safari', 'Firefox']),
    },
  }))
}

export function computeInsightResult(
  insight: { short_id: string; query: InsightQuery | null },
  refreshedAt: Date,
): ComputedResult {
  const random = createRandom(
    hashString(insight.short_id) ^ hashString(JSON.stringify(insight.query)) ^ Math.floor(refreshedAt.getTime() / 3_600_000),
  )
  const query = insight.query
  switch (insightKind(query)) {
    case 'TRENDS':
      return { result: trendsResult(random, query, refreshedAt), columns: null }
    case 'STICKINESS':
      return { result: stickinessResult(random, query), columns: null }
    case 'LIFECYCLE':
      return { result: lifecycleResult(random, query, refreshedAt), columns: null }
    case 'FUNNELS':
      return { result: funnelResult(random, query), columns: null }
    case 'RETENTION':
      return { result: retentionResult(random, query, refreshedAt), columns: null }
    case 'PATHS':
      return { result: pathsResult(random, query), columns: null }
    case 'SQL':
      return sqlResult(random, query)
    case 'JSON':
      return { result: query ? jsonResult(random, query, refreshedAt) : null, columns: null }
  }
}
