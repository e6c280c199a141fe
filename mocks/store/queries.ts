import {
  BREAKDOWNS,
  FUNNEL_FLOWS,
  LIFECYCLE_AUDIENCES,
  PATH_PAGES,
  PERIODS,
  RETENTION_COHORTS,
  SEGMENTS,
  SQL_TEMPLATES,
  STICKY_FEATURES,
  TREND_TOPICS,
  eventLabel,
  type EventDefinition,
} from './catalog'
import { insightKindOf, isRecord, type InsightKind, type QueryNode, type SeriesNode } from './insight-nodes'
import type { Random } from './prng'

/** A generated insight definition: the stored query plus the human name a colleague would have given it. */
export interface InsightDraft {
  kind: InsightKind
  query: QueryNode
  name: string
  /** What the insight is about, for descriptions ("video plays", "Checkout"). */
  subject: string
}

const DATE_RANGES = ['-7d', '-14d', '-30d', '-90d', '-180d', 'mStart', '-1y'] as const

function eventsNode(event: EventDefinition, extra: Partial<Record<'math' | 'math_property', string>> = {}): SeriesNode {
  return { kind: 'EventsNode', event: event.event, name: event.event, ...extra }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function trendsDraft(random: Random): InsightDraft {
  const topic = random.pick(TREND_TOPICS)
  const period = random.pick(PERIODS)
  const breakdown = random.chance(0.45) ? random.pick(BREAKDOWNS) : null
  const segment = random.chance(0.25) ? random.pick(SEGMENTS) : null
  const math = topic.math ? { math: topic.math, ...(topic.mathProperty ? { math_property: topic.mathProperty } : {}) } : {}
  const series = [eventsNode(topic.event, math)]
  const display =
    breakdown && random.chance(0.3)
      ? 'ActionsBar'
      : random.pick(['ActionsLineGraph', 'ActionsLineGraph', 'ActionsBar', 'BoldNumber'])
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'TrendsQuery',
      series,
      interval: period.interval,
      dateRange: { date_from: random.pick(DATE_RANGES), date_to: null },
      ...(breakdown ? { breakdownFilter: { breakdown: breakdown.property, breakdown_type: 'event' } } : {}),
      trendsFilter: { display },
      filterTestAccounts: random.chance(0.8),
    },
  }
  let name = `${period.adjective} ${topic.metric}`
  if (breakdown) name += ` by ${breakdown.label}`
  if (segment) name += ` — ${segment}`
  else if (!breakdown && random.chance(0.2)) name = `${capitalize(topic.metric)} vs previous ${period.interval}`
  return { kind: 'TRENDS', query, name, subject: topic.metric }
}

function funnelsDraft(random: Random): InsightDraft {
  const flow = random.pick(FUNNEL_FLOWS)
  const segment = random.chance(0.5) ? random.pick(SEGMENTS) : null
  const windowDays = random.pick([1, 7, 14, 30])
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'FunnelsQuery',
      series: flow.steps.map((step) => eventsNode(step)),
      dateRange: { date_from: random.pick(DATE_RANGES), date_to: null },
      funnelsFilter: { funnelVizType: 'steps', funnelWindowInterval: windowDays, funnelWindowIntervalUnit: 'day' },
      filterTestAccounts: true,
    },
  }
  const name = segment
    ? `${flow.name} funnel — ${segment}`
    : random.chance(0.5)
      ? `${flow.name} funnel`
      : `${flow.name} conversion within ${windowDays} day${windowDays === 1 ? '' : 's'}`
  return { kind: 'FUNNELS', query, name, subject: `${flow.name.toLowerCase()} conversion` }
}

function retentionDraft(random: Random): InsightDraft {
  const cohort = random.pick(RETENTION_COHORTS)
  const period = random.pick(['Day', 'Week', 'Month'] as const)
  const target = { id: cohort.event.event, name: cohort.event.event, type: 'events' }
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'RetentionQuery',
      retentionFilter: {
        period,
        totalIntervals: period === 'Day' ? 14 : period === 'Week' ? 8 : 6,
        retentionType: 'retention_first_time',
        targetEntity: target,
        returningEntity: random.chance(0.6) ? target : { id: '$pageview', name: '$pageview', type: 'events' },
      },
      dateRange: { date_from: period === 'Day' ? '-14d' : period === 'Week' ? '-8w' : '-6m', date_to: null },
    },
  }
  const adjective = period === 'Day' ? 'Daily' : period === 'Week' ? 'Weekly' : 'Monthly'
  const segment = random.chance(0.3) ? ` — ${random.pick(SEGMENTS)}` : ''
  return {
    kind: 'RETENTION',
    query,
    name: `${adjective} retention of ${cohort.label}${segment}`,
    subject: `${cohort.label} retention`,
  }
}

function pathsDraft(random: Random): InsightDraft {
  const page = random.pick(PATH_PAGES)
  const fromStart = random.chance(0.7)
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'PathsQuery',
      pathsFilter: {
        includeEventTypes: random.chance(0.7) ? ['$pageview'] : ['$pageview', 'custom_event'],
        ...(fromStart ? { startPoint: page } : { endPoint: page }),
        stepLimit: random.pick([4, 5, 6]),
      },
      dateRange: { date_from: random.pick(['-7d', '-30d']), date_to: null },
    },
  }
  const name = fromStart ? random.pick([`User paths from ${page}`, `Where users go after ${page}`]) : `Paths leading to ${page}`
  return { kind: 'PATHS', query, name, subject: `navigation around ${page}` }
}

function stickinessDraft(random: Random): InsightDraft {
  const feature = random.pick(STICKY_FEATURES)
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'StickinessQuery',
      series: [eventsNode(feature.event)],
      interval: 'day',
      dateRange: { date_from: '-30d', date_to: null },
    },
  }
  const name = random.chance(0.5) ? `Stickiness of ${feature.label}` : `How many days a month people use ${feature.label}`
  return { kind: 'STICKINESS', query, name, subject: `${feature.label} stickiness` }
}

function lifecycleDraft(random: Random): InsightDraft {
  const audience = random.pick(LIFECYCLE_AUDIENCES)
  const interval = random.pick(['day', 'week', 'month'] as const)
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'LifecycleQuery',
      series: [eventsNode(audience.event)],
      interval,
      dateRange: { date_from: interval === 'month' ? '-6m' : '-30d', date_to: null },
      filterTestAccounts: true,
    },
  }
  const segment = random.chance(0.3) ? ` — ${random.pick(SEGMENTS)}` : ''
  return { kind: 'LIFECYCLE', query, name: `${audience.label} lifecycle${segment}`, subject: `${audience.label.toLowerCase()}s` }
}

function sqlDraft(random: Random): InsightDraft {
  const template = random.pick(SQL_TEMPLATES)
  const query: QueryNode = {
    kind: 'DataVisualizationNode',
    source: { kind: 'HogQLQuery', query: template.query },
    display: random.pick(['ActionsTable', 'ActionsBar']),
  }
  return { kind: 'SQL', query, name: template.name, subject: template.name.toLowerCase() }
}

function jsonDraft(random: Random): InsightDraft {
  const event = random.pick(TREND_TOPICS).event
  const query: QueryNode = {
    kind: 'DataTableNode',
    source: {
      kind: 'EventsQuery',
      select: ['*', 'event', 'person_display_name -- Person', 'properties.$current_url', 'timestamp'],
      event: event.event,
      orderBy: ['timestamp DESC'],
      after: '-24h',
    },
  }
  const name = random.chance(0.5)
    ? `Recent ${event.label.toLowerCase()} events`
    : `Raw ${event.label.toLowerCase()} events — ${random.pick(SEGMENTS)}`
  return { kind: 'JSON', query, name, subject: `${event.label.toLowerCase()} events` }
}

const DRAFTERS: Readonly<Record<InsightKind, (random: Random) => InsightDraft>> = {
  TRENDS: trendsDraft,
  FUNNELS: funnelsDraft,
  RETENTION: retentionDraft,
  PATHS: pathsDraft,
  STICKINESS: stickinessDraft,
  LIFECYCLE: lifecycleDraft,
  SQL: sqlDraft,
  JSON: jsonDraft,
}

/** Share of each type in a typical project: mostly trends and funnels, a long tail of the rest. */
const KIND_WEIGHTS: readonly (readonly [InsightKind, number])[] = [
  ['TRENDS', 0.36],
  ['FUNNELS', 0.18],
  ['RETENTION', 0.1],
  ['SQL', 0.11],
  ['STICKINESS', 0.07],
  ['LIFECYCLE', 0.06],
  ['PATHS', 0.06],
  ['JSON', 0.06],
]

export function draftInsight(random: Random): InsightDraft {
  let roll = random.next()
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight
    if (roll < 0) return DRAFTERS[kind](random)
  }
  return trendsDraft(random)
}

export function seriesOf(query: QueryNode | null): SeriesNode[] {
  const series = querySource(query).series
  return Array.isArray(series) ? series.filter((node): node is SeriesNode => isRecord(node) && typeof node.kind === 'string') : []
}

export function seriesLabel(node: SeriesNode): string {
  if (node.custom_name) return node.custom_name
  if (node.kind === 'EventsNode') return eventLabel(node.event)
  if (node.kind === 'ActionsNode') return node.name ?? `Action ${node.id}`
  return node.table_name
}

/** A nested object of a loosely typed node, or `{}`: stored queries may come from anywhere (a real PostHog, a user). */
export function objectField(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) return {}
  const nested = value[field]
  return isRecord(nested) ? nested : {}
}

/** The `source` of an InsightVizNode or DataVisualizationNode, as a plain record. */
export function querySource(query: QueryNode | null): Record<string, unknown> {
  return objectField(query, 'source')
}

/** The name PostHog shows for an unnamed insight, summarised from its query (`summarizeInsight`). */
export function deriveInsightName(query: QueryNode | null): string {
  if (!query) return 'Untitled insight'
  const labels = seriesOf(query).map(seriesLabel)
  const first = labels[0] ?? 'Pageview'
  switch (insightKindOf(query)) {
    case 'TRENDS':
      return `${labels.join(' & ') || first} count`
    case 'FUNNELS':
      return labels.join(' → ')
    case 'RETENTION': {
      const target = objectField(querySource(query).retentionFilter, 'targetEntity')
      const event = typeof target.id === 'string' ? target.id : null
      return `Retention of users based on doing ${eventLabel(event)} for the first time`
    }
    case 'PATHS': {
      const filter = objectField(querySource(query), 'pathsFilter')
      const start = typeof filter.startPoint === 'string' ? filter.startPoint : null
      return start ? `User paths starting at ${start}` : 'User paths based on page views'
    }
    case 'STICKINESS':
      return `${first} stickiness`
    case 'LIFECYCLE':
      return `User lifecycle based on ${first}`
    case 'SQL':
      return 'SQL query'
    case 'JSON':
      return 'Events table'
  }
}
