import { BREAKDOWNS, EVENTS, eventLabel } from '../store/catalog'
import { insightKindOf, isRecord, type QueryNode } from '../store/insight-nodes'
import { deriveInsightName, objectField, querySource, seriesLabel, seriesOf } from '../store/queries'
import type { FunnelStepRow, PathsLinkRow, RetentionCohortRow, TrendsSeriesRow } from '../store/result-shapes'
import type { MockInsight } from '../store/types'
import { validationError } from './errors'
import { requireInsight } from './lookups'
import { createdEmpty, ok, projectRoute, type ProjectContext } from './router'

/*
 * PostHog's AI helpers (name/description suggestions, follow-up insights, a written analysis) answered from the query
 * and the computed result instead of a model: plausible, deterministic text the UI can be built and tested against.
 * PostHog's API reference lists `generate_metadata`, `suggestions` and `analyze` but types none of their answers
 * ("No response body"), and their source was not found: these answer shapes are the mock's own, not PostHog's. The
 * mock reads queries and results with its own types (mocks/store), never with the client's schemas.
 */

interface GeneratedMetadata {
  name: string
  description: string
}
interface InsightSuggestion {
  title: string
  description: string
  query: QueryNode
}
interface InsightAnalysis {
  summary: string
  highlights: string[]
}

const fieldsOf = (body: unknown): Record<string, unknown> => (isRecord(body) ? body : {})

/**
 * `generate_metadata`'s body: `query` as `InsightSerializer` takes it, a query node (an object with a `kind`). The
 * 400s are DRF's words for a missing field and for a value that is not a node.
 */
function metadataQuery(body: unknown): QueryNode {
  const { query } = fieldsOf(body)
  if (query === undefined || query === null) throw validationError('query', 'This field is required.', 'required')
  if (!isRecord(query) || typeof query.kind !== 'string') throw validationError('query', 'Invalid query node.')
  return { ...query, kind: query.kind }
}

/** `cancel`'s body: `client_query_id`, a non-blank string (DRF `CharField`). */
function checkCancelRequest(body: unknown): void {
  const { client_query_id: id } = fieldsOf(body)
  if (id === undefined || id === null) throw validationError('client_query_id', 'This field is required.', 'required')
  if (typeof id !== 'string') throw validationError('client_query_id', 'Not a valid string.')
  if (id.trim() === '') throw validationError('client_query_id', 'This field may not be blank.', 'blank')
}

const PERIOD_WORDS: Readonly<Record<string, string>> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  minute: 'minute',
}

function dateRangeText(query: QueryNode): string {
  const from = objectField(querySource(query), 'dateRange').date_from
  if (typeof from !== 'string') return 'the last 7 days'
  const relative = /^-(\d+)([hdwmy])$/.exec(from)
  if (!relative) return from === 'mStart' ? 'this month' : `since ${from}`
  const units: Readonly<Record<string, string>> = { h: 'hour', d: 'day', w: 'week', m: 'month', y: 'year' }
  const amount = Number(relative[1])
  const unit = units[relative[2] ?? 'd'] ?? 'day'
  return `the last ${amount} ${unit}${amount === 1 ? '' : 's'}`
}

function describeQuery(query: QueryNode): GeneratedMetadata {
  const source = querySource(query)
  const labels = seriesOf(query).map(seriesLabel)
  const range = dateRangeText(query)
  const breakdown = objectField(source, 'breakdownFilter').breakdown
  const breakdownLabel =
    BREAKDOWNS.find((item) => item.property === breakdown)?.label ?? (typeof breakdown === 'string' ? breakdown : null)
  const interval = typeof source.interval === 'string' ? (PERIOD_WORDS[source.interval] ?? 'day') : 'day'
  switch (insightKindOf(query)) {
    case 'TRENDS':
      return {
        name: `${labels.join(' & ') || 'Events'} per ${interval}${breakdownLabel ? ` by ${breakdownLabel}` : ''}`,
        description: `How often ${labels.join(' and ') || 'events'} happened per ${interval} over ${range}${breakdownLabel ? `, split by ${breakdownLabel}` : ''}.`,
      }
    case 'FUNNELS':
      return {
        name: `${labels[0] ?? 'First step'} to ${labels.at(-1) ?? 'last step'} funnel`,
        description: `Share of users who go from ${labels.join(' → ')} over ${range}, and where they drop off.`,
      }
    case 'RETENTION':
      return {
        name: deriveInsightName(query),
        description: `How many users come back in each period after their first visit, over ${range}.`,
      }
    case 'PATHS':
      return {
        name: deriveInsightName(query),
        description: `The most common routes users take through the product over ${range}.`,
      }
    case 'STICKINESS':
      return {
        name: `How often people use ${labels[0] ?? 'the product'}`,
        description: `Users by the number of days they did ${labels[0] ?? 'the event'} within ${range}.`,
      }
    case 'LIFECYCLE':
      return {
        name: deriveInsightName(query),
        description: `New, returning, resurrecting and dormant users of ${labels[0] ?? 'the product'} per ${interval}.`,
      }
    case 'SQL':
      return { name: 'Custom SQL report', description: 'A HogQL query over raw events; see the SQL for exact definitions.' }
    case 'JSON':
      return { name: deriveInsightName(query), description: 'A table of raw events with the selected columns.' }
  }
}

function suggestionsFor(insight: MockInsight): InsightSuggestion[] {
  const query = insight.query
  const label = seriesLabel(seriesOf(query)[0] ?? { kind: 'EventsNode', event: EVENTS.pageview.event })
  const event = seriesOf(query).find((node) => node.kind === 'EventsNode')
  const eventName = event?.kind === 'EventsNode' ? (event.event ?? EVENTS.pageview.event) : EVENTS.pageview.event
  const series = [{ kind: 'EventsNode' as const, event: eventName, name: eventName }]
  return [
    {
      title: `${label} by country`,
      description: 'See whether the trend is driven by a few markets.',
      query: {
        kind: 'InsightVizNode',
        source: {
          kind: 'TrendsQuery',
          series,
          interval: 'week',
          breakdownFilter: { breakdown: '$geoip_country_code', breakdown_type: 'event' },
        },
      },
    },
    {
      title: `${label} to ${eventLabel(EVENTS.purchase.event)} funnel`,
      description: 'How many of these users go on to buy.',
      query: {
        kind: 'InsightVizNode',
        source: {
          kind: 'FunnelsQuery',
          series: [...series, { kind: 'EventsNode', event: EVENTS.purchase.event, name: EVENTS.purchase.event }],
        },
      },
    },
    {
      title: `Retention after ${label}`,
      description: 'Do users who do this come back the following weeks?',
      query: {
        kind: 'InsightVizNode',
        source: {
          kind: 'RetentionQuery',
          retentionFilter: {
            period: 'Week',
            totalIntervals: 8,
            targetEntity: { id: eventName, name: eventName, type: 'events' },
          },
        },
      },
    },
  ]
}

const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  Array.isArray(result) ? result.filter((row): row is Record<string, unknown> => isRecord(row)) : []

/** A trends-like series as result-shapes.ts describes it, with the numbers it needs present. */
function isSeries(row: Record<string, unknown>): row is Record<string, unknown> & TrendsSeriesRow {
  return Array.isArray(row.data) && typeof row.count === 'number'
}

function isFunnelStep(row: unknown): row is FunnelStepRow {
  return isRecord(row) && typeof row.order === 'number' && typeof row.count === 'number' && typeof row.name === 'string'
}

function analyzeSeries(rows: TrendsSeriesRow[]): InsightAnalysis | null {
  const top = [...rows].sort((a, b) => Math.abs(b.count) - Math.abs(a.count))[0]
  if (!top) return null
  const label = top.label ?? top.action?.name ?? 'The series'
  const data = top.data.length > 0 ? top.data : [top.aggregated_value ?? top.count]
  const first = data[0] ?? 0
  const last = data.at(-1) ?? 0
  const peak = Math.max(...data)
  const peakDay = top.labels[data.indexOf(peak)] ?? 'the period'
  const change = first === 0 ? 0 : (last - first) / Math.abs(first)
  return {
    summary: `${label} ${change >= 0 ? 'rose' : 'fell'} ${percent(Math.abs(change))} over the period, totalling ${top.count.toLocaleString('en-US')}.`,
    highlights: [`Peak of ${peak.toLocaleString('en-US')} on ${peakDay}.`, `${rows.length} series in this insight.`],
  }
}

function analyzeFunnel(result: unknown): InsightAnalysis | null {
  // Steps come as one list, or one list per breakdown value; time to convert (`{bins}`) and funnel trends are not steps.
  const steps = (Array.isArray(result) ? result.flat() : []).filter(isFunnelStep)
  const first = steps[0]
  const last = steps.at(-1)
  if (!first || !last || first.count === 0) return null
  let worst = { from: first.name, to: first.name, rate: 1 }
  steps.forEach((step, index) => {
    const previous = steps[index - 1]
    if (previous && previous.count > 0 && step.count / previous.count < worst.rate)
      worst = { from: previous.name, to: step.name, rate: step.count / previous.count }
  })
  return {
    summary: `${percent(last.count / first.count)} of users who did ${first.name} completed ${last.name}.`,
    highlights: [`Biggest drop-off: ${worst.from} → ${worst.to} (${percent(1 - worst.rate)} lost).`],
  }
}

function analyzeRetention(rows: Record<string, unknown>[]): InsightAnalysis | null {
  const cohorts = rows.filter((row): row is Record<string, unknown> & RetentionCohortRow => Array.isArray(row.values))
  const cohort = cohorts[0]
  const size = cohort?.values[0]?.count ?? 0
  const next = cohort?.values[1]?.count ?? 0
  if (!cohort || size === 0) return null
  return {
    summary: `${percent(next / size)} of the ${cohort.label} cohort came back one period later.`,
    highlights: [`${cohorts.length} cohorts tracked.`],
  }
}

function analyzePaths(rows: Record<string, unknown>[]): InsightAnalysis | null {
  const links = rows.filter(
    (row): row is Record<string, unknown> & PathsLinkRow => typeof row.source === 'string' && typeof row.value === 'number',
  )
  const top = [...links].sort((a, b) => b.value - a.value)[0]
  if (!top) return null
  return {
    summary: `The busiest step is ${top.source} → ${top.target} (${top.value.toLocaleString('en-US')} users).`,
    highlights: [`${links.length} transitions.`],
  }
}

function analyze(context: ProjectContext, insight: MockInsight): InsightAnalysis {
  const { result, columns } = context.store.resultOf(insight)
  const rows = rowsOf(result)
  let analysis: InsightAnalysis | null = null
  switch (insightKindOf(insight.query, insight.filters)) {
    case 'TRENDS':
    case 'STICKINESS':
    case 'LIFECYCLE':
      analysis = analyzeSeries(rows.filter(isSeries))
      break
    case 'FUNNELS':
      analysis = analyzeFunnel(result)
      break
    case 'RETENTION':
      analysis = analyzeRetention(rows)
      break
    case 'PATHS':
      analysis = analyzePaths(rows)
      break
    case 'SQL':
      analysis = {
        summary: `The query returns ${Array.isArray(result) ? result.length : 0} rows over ${columns?.length ?? 0} columns.`,
        highlights: (columns ?? []).map((column) => `Column: ${column}`),
      }
      break
    case 'JSON':
      break
  }
  return analysis ?? { summary: 'There is not enough data in this insight to analyse.', highlights: [] }
}

export const insightAssistantHandlers = [
  projectRoute('POST', 'insights/generate_metadata', 'insight:write', async (context) => {
    return ok(describeQuery(metadataQuery(await context.rawBody())))
  }),
  projectRoute('GET', 'insights/:id/suggestions', 'insight:read', (context) =>
    ok(suggestionsFor(requireInsight(context, context.params.id))),
  ),
  projectRoute('POST', 'insights/:id/suggestions', 'insight:read', (context) =>
    ok(suggestionsFor(requireInsight(context, context.params.id))),
  ),
  projectRoute('GET', 'insights/:id/analyze', 'insight:read', (context) =>
    ok(analyze(context, requireInsight(context, context.params.id))),
  ),
  projectRoute('POST', 'insights/cancel', 'insight:read', async (context) => {
    checkCancelRequest(await context.rawBody())
    return createdEmpty()
  }),
]
