import {
  cancelQueryRequestSchema,
  generateMetadataRequestSchema,
  type InsightAnalysis,
  type InsightSuggestion,
} from '@/api/schemas/insight'
import { readInsightResult } from '@/api/schemas/insight-result'
import { insightKind, type InsightQuery } from '@/api/schemas/query'
import { BREAKDOWNS, EVENTS, eventLabel } from '../store/catalog'
import { deriveInsightName, objectField, querySource, seriesLabel, seriesOf } from '../store/queries'
import type { MockInsight } from '../store/types'
import { requireInsight } from './lookups'
import { createdEmpty, ok, projectRoute, type ProjectContext } from './router'

/*
 * PostHog's AI helpers (name/description suggestions, follow-up insights, a written analysis) answered from the query
 * and the computed result instead of a model: plausible, deterministic text the UI can be built and tested against.
 */

const PERIOD_WORDS: Readonly<Record<string, string>> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  minute: 'minute',
}

function dateRangeText(query: InsightQuery): string {
  const from = objectField(querySource(query), 'dateRange').date_from
  if (typeof from !== 'string') return 'the last 7 days'
  const relative = /^-(\d+)([hdwmy])$/.exec(from)
  if (!relative) return from === 'mStart' ? 'this month' : `since ${from}`
  const units: Readonly<Record<string, string>> = { h: 'hour', d: 'day', w: 'week', m: 'month', y: 'year' }
  const amount = Number(relative[1])
  const unit = units[relative[2] ?? 'd'] ?? 'day'
  return `the last ${amount} ${unit}${amount === 1 ? '' : 's'}`
}

function describeQuery(query: InsightQuery): { name: string; description: string } {
  const source = querySource(query)
  const labels = seriesOf(query).map(seriesLabel)
  const range = dateRangeText(query)
  const breakdown = objectField(source, 'breakdownFilter').breakdown
  const breakdownLabel =
    BREAKDOWNS.find((item) => item.property === breakdown)?.label ?? (typeof breakdown === 'string' ? breakdown : null)
  const interval = typeof source.interval === 'string' ? (PERIOD_WORDS[source.interval] ?? 'day') : 'day'
  switch (insightKind(query)) {
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

function analyze(context: ProjectContext, insight: MockInsight): InsightAnalysis {
  const { result, columns } = context.store.resultOf(insight)
  const view = readInsightResult(insightKind(insight.query), result, columns)
  switch (view.kind) {
    case 'TRENDS':
    case 'STICKINESS':
    case 'LIFECYCLE': {
      const top = [...view.series].sort((a, b) => Math.abs(b.count) - Math.abs(a.count))[0]
      if (!top) break
      const first = top.data[0] ?? 0
      const last = top.data.at(-1) ?? 0
      const peak = Math.max(...top.data)
      const peakDay = top.labels[top.data.indexOf(peak)] ?? ''
      const change = first === 0 ? 0 : (last - first) / Math.abs(first)
      return {
        summary: `${top.label} ${change >= 0 ? 'rose' : 'fell'} ${percent(Math.abs(change))} over the period, totalling ${top.count.toLocaleString('en-US')}.`,
        highlights: [`Peak of ${peak.toLocaleString('en-US')} on ${peakDay}.`, `${view.series.length} series in this insight.`],
      }
    }
    case 'FUNNELS': {
      if (view.viz !== 'steps') break
      const steps = view.steps.flat()
      const first = steps[0]
      const last = steps.at(-1)
      if (!first || !last || first.count === 0) break
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
    case 'RETENTION': {
      const cohort = view.cohorts[0]
      const size = cohort?.values[0]?.count ?? 0
      const next = cohort?.values[1]?.count ?? 0
      if (!cohort || size === 0) break
      return {
        summary: `${percent(next / size)} of the ${cohort.label} cohort came back one period later.`,
        highlights: [`${view.cohorts.length} cohorts tracked.`],
      }
    }
    case 'PATHS': {
      const top = [...view.links].sort((a, b) => b.value - a.value)[0]
      if (!top) break
      return {
        summary: `The busiest step is ${top.source} → ${top.target} (${top.value.toLocaleString('en-US')} users).`,
        highlights: [`${view.links.length} transitions.`],
      }
    }
    case 'SQL':
      return {
        summary: `The query returns ${view.rows.length} rows over ${view.columns.length} columns.`,
        highlights: view.columns.map((column) => `Column: ${column}`),
      }
    case 'JSON':
    case 'unavailable':
      break
  }
  return { summary: 'There is not enough data in this insight to analyse.', highlights: [] }
}

export const insightAssistantHandlers = [
  projectRoute('POST', 'insights/generate_metadata', 'insight:write', async (context) => {
    const { query } = await context.body(generateMetadataRequestSchema)
    return ok(describeQuery(query))
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
    await context.body(cancelQueryRequestSchema)
    return createdEmpty()
  }),
]
