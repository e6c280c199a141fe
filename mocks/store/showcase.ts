import { insightKindOf, isRecord, type InsightKind, type LegacyFilters, type QueryNode } from './insight-nodes'
import type { MockInsight } from './types'

/*
 * The random seed draws mostly line, bar and big-number trends and funnel steps. So that the demo shows every view
 * PostHog has, a few project-1 insights (taken from the end, leaving the ones people meet first as they were) are
 * given the other trends displays and funnel views, and a few become insights saved by an older PostHog: `filters`
 * only, `query: null`. This runs after all random draws, so the rest of the seed stays the same.
 */

interface DisplayChange {
  display: string
  /** One value per series reads best with several series: these take insights that have a breakdown. */
  breakdown: 'needed' | 'country' | 'none'
  compare?: boolean
}

const TRENDS_DISPLAYS: readonly DisplayChange[] = [
  { display: 'ActionsLineGraphCumulative', breakdown: 'none' },
  { display: 'ActionsAreaGraph', breakdown: 'needed' },
  { display: 'ActionsBarValue', breakdown: 'needed' },
  { display: 'ActionsPie', breakdown: 'needed' },
  { display: 'ActionsTable', breakdown: 'needed' },
  { display: 'WorldMap', breakdown: 'country' },
  { display: 'BoldNumber', breakdown: 'none', compare: true },
]

const FUNNEL_VIEWS = ['time_to_convert', 'trends'] as const

/** Kinds saved by an older PostHog in the demo, one insight each. */
const LEGACY_KINDS: readonly InsightKind[] = ['TRENDS', 'FUNNELS', 'RETENTION', 'STICKINESS', 'LIFECYCLE']

function sourceOf(query: QueryNode | null): Record<string, unknown> {
  return isRecord(query?.source) ? query.source : {}
}

function hasBreakdown(query: QueryNode | null): boolean {
  const filter = sourceOf(query).breakdownFilter
  return isRecord(filter) && typeof filter.breakdown === 'string'
}

function withSource(query: QueryNode, source: Record<string, unknown>): QueryNode {
  return { ...query, source: { ...sourceOf(query), ...source } }
}

/** PostHog's legacy `events` entries (`{id, name, type, order, math}`) from a query's series. */
function legacyEvents(source: Record<string, unknown>): Record<string, unknown>[] {
  const series = Array.isArray(source.series) ? source.series.filter(isRecord) : []
  return series.map((node, order) => ({
    id: node.event ?? node.id ?? null,
    name: node.name ?? node.event ?? null,
    type: node.kind === 'ActionsNode' ? 'actions' : 'events',
    order,
    ...(typeof node.math === 'string' ? { math: node.math } : {}),
  }))
}

/** The `filters` PostHog stored for this insight before queries existed (shapes of PostHog's legacy fixtures). */
function legacyFiltersOf(kind: InsightKind, query: QueryNode | null): LegacyFilters {
  const source = sourceOf(query)
  const dateRange = isRecord(source.dateRange) ? source.dateRange : {}
  const common = {
    insight: kind,
    date_from: typeof dateRange.date_from === 'string' ? dateRange.date_from : '-7d',
    properties: { type: 'AND', values: [] },
    filter_test_accounts: source.filterTestAccounts === true,
  }
  const interval = typeof source.interval === 'string' ? source.interval : 'day'
  switch (kind) {
    case 'FUNNELS': {
      const funnel = isRecord(source.funnelsFilter) ? source.funnelsFilter : {}
      return {
        ...common,
        events: legacyEvents(source),
        actions: [],
        display: 'FunnelViz',
        funnel_viz_type: 'steps',
        funnel_window_interval: typeof funnel.funnelWindowInterval === 'number' ? funnel.funnelWindowInterval : 14,
        funnel_window_interval_unit: 'day',
      }
    }
    case 'RETENTION': {
      const retention = isRecord(source.retentionFilter) ? source.retentionFilter : {}
      return {
        ...common,
        display: 'ActionsTable',
        period: retention.period ?? 'Day',
        total_intervals: retention.totalIntervals ?? 11,
        retention_type: retention.retentionType ?? 'retention_first_time',
        target_entity: retention.targetEntity ?? { id: '$pageview', name: '$pageview', type: 'events' },
        returning_entity: retention.returningEntity ?? { id: '$pageview', name: '$pageview', type: 'events' },
      }
    }
    case 'STICKINESS':
    case 'LIFECYCLE':
      return {
        ...common,
        events: legacyEvents(source),
        actions: [],
        display: 'ActionsLineGraph',
        interval,
        shown_as: kind === 'STICKINESS' ? 'Stickiness' : 'Lifecycle',
      }
    default:
      return { ...common, events: legacyEvents(source), actions: [], display: 'ActionsLineGraph', interval }
  }
}

export function applyShowcase(insights: MockInsight[]): void {
  const used = new Set<number>()
  const candidates = insights.filter((insight) => insight.project_id === 1 && !insight.deleted).reverse()
  const take = (kind: InsightKind, accept: (query: QueryNode | null) => boolean = () => true): MockInsight | undefined => {
    const found = candidates.find(
      (insight) => !used.has(insight.id) && insightKindOf(insight.query) === kind && accept(insight.query),
    )
    if (found) used.add(found.id)
    return found
  }
  for (const change of TRENDS_DISPLAYS) {
    const insight = take('TRENDS', (query) => (change.breakdown === 'needed' ? hasBreakdown(query) : !hasBreakdown(query)))
    if (!insight?.query) continue
    const source = sourceOf(insight.query)
    const trendsFilter = isRecord(source.trendsFilter) ? source.trendsFilter : {}
    insight.query = withSource(insight.query, {
      trendsFilter: { ...trendsFilter, display: change.display },
      ...(change.breakdown === 'country'
        ? { breakdownFilter: { breakdown: '$geoip_country_code', breakdown_type: 'event' } }
        : {}),
      ...(change.compare ? { compareFilter: { compare: true } } : {}),
    })
  }
  for (const funnelVizType of FUNNEL_VIEWS) {
    const insight = take('FUNNELS')
    if (!insight?.query) continue
    const source = sourceOf(insight.query)
    const funnelsFilter = isRecord(source.funnelsFilter) ? source.funnelsFilter : {}
    insight.query = withSource(insight.query, { funnelsFilter: { ...funnelsFilter, funnelVizType } })
  }
  for (const kind of LEGACY_KINDS) {
    const insight = take(kind, (query) => !hasBreakdown(query))
    if (!insight) continue
    insight.filters = legacyFiltersOf(kind, insight.query)
    insight.query = null
  }
}
