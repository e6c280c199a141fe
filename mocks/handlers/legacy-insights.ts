import { z } from 'zod/mini'
import { EVENTS } from '../store/catalog'
import type { QueryNode, SeriesNode } from '../store/insight-nodes'
import { createRandom, hashString } from '../store/prng'
import { legacyComputedFields, type LegacyFunnelAnswer, type LegacyTrendAnswer } from '../posthog/legacy-insight-serializers'
import { computeInsightResult } from '../store/results'
import { fromZodError, validationError } from './errors'
import { ok, projectRoute, type ProjectContext } from './router'

/*
 * The request rules of PostHog's pre-query endpoints, in the mock's own words: the legacy `Filter` (posthog/models/filters,
 * its `events`/`actions` entities, `interval`, `funnel_window_days` ≥ 1) and `InsightViewSet.timing`'s body.
 */
const legacyEntitySchema = z.object({
  id: z.union([z.string(), z.number()]),
  name: z.optional(z.string()),
  type: z.optional(z.enum(['events', 'actions'])),
  math: z.optional(z.string()),
  order: z.optional(z.int()),
})
const legacyFilterSchema = z.object({
  events: z.optional(z.array(legacyEntitySchema)),
  actions: z.optional(z.array(legacyEntitySchema)),
  date_from: z.optional(z.string()),
  date_to: z.optional(z.string()),
  interval: z.optional(z.enum(['minute', 'hour', 'day', 'week', 'month'])),
  display: z.optional(z.string()),
  breakdown: z.optional(z.string()),
  funnel_window_days: z.optional(z.int().check(z.positive('Ensure this value is greater than or equal to 1.'))),
})
type LegacyFilter = z.infer<typeof legacyFilterSchema>
const insightTimingRequestSchema = z.object({
  insight: z.optional(z.string()),
  duration: z.number().check(z.nonnegative('Ensure this value is greater than or equal to 0.')),
})
/** The parts of a computed funnel step the correlation answer reads. */
const funnelStepSchema = z.object({ count: z.number(), action_id: z.nullish(z.union([z.string(), z.number()])) })

/*
 * PostHog's legacy insight endpoints take the old `filters` vocabulary and compute on the spot. The mock translates
 * the filter into the equivalent query node and reuses the insight result generator, so a legacy trend and a saved
 * trend insight over the same events look alike.
 */

const jsonList = z.array(z.unknown())

function listParam(context: ProjectContext, name: string): unknown {
  const raw = context.param(name)
  if (raw === null || raw === '') return undefined
  try {
    const parsed = jsonList.safeParse(JSON.parse(raw))
    if (parsed.success) return parsed.data
  } catch {
    // Falls through to the validation error below.
  }
  throw validationError(name, 'Expected a JSON array.')
}

function readFilter(context: ProjectContext): LegacyFilter {
  const windowDays = context.param('funnel_window_days')
  const candidate = {
    events: listParam(context, 'events'),
    actions: listParam(context, 'actions'),
    date_from: context.param('date_from') ?? undefined,
    date_to: context.param('date_to') ?? undefined,
    interval: context.param('interval') ?? undefined,
    display: context.param('display') ?? undefined,
    breakdown: context.param('breakdown') ?? undefined,
    funnel_window_days: windowDays === null ? undefined : Number(windowDays),
  }
  const parsed = legacyFilterSchema.safeParse(candidate)
  if (!parsed.success) throw fromZodError(parsed.error, candidate)
  return parsed.data
}

function seriesFrom(filter: LegacyFilter): SeriesNode[] {
  const entities = [
    ...(filter.events ?? []).map((entity) => ({ ...entity, type: 'events' as const })),
    ...(filter.actions ?? []).map((entity) => ({ ...entity, type: 'actions' as const })),
  ].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  return entities.map((entity): SeriesNode =>
    entity.type === 'actions'
      ? {
          kind: 'ActionsNode',
          id: Number(entity.id),
          name: entity.name ?? `Action ${entity.id}`,
          ...(entity.math ? { math: entity.math } : {}),
        }
      : {
          kind: 'EventsNode',
          event: String(entity.id),
          name: entity.name ?? String(entity.id),
          ...(entity.math ? { math: entity.math } : {}),
        },
  )
}

function dateRange(filter: LegacyFilter) {
  return { date_from: filter.date_from ?? '-7d', date_to: filter.date_to ?? null }
}

function computedFields(context: ProjectContext) {
  return legacyComputedFields(context.project.timezone, context.store.nowIso())
}

function funnelQuery(context: ProjectContext): QueryNode {
  const filter = readFilter(context)
  const series = seriesFrom(filter)
  if (series.length < 2) throw validationError('events', 'A funnel needs at least two steps.')
  return {
    kind: 'InsightVizNode',
    source: {
      kind: 'FunnelsQuery',
      series,
      dateRange: dateRange(filter),
      funnelsFilter: { funnelWindowInterval: filter.funnel_window_days ?? 14, funnelWindowIntervalUnit: 'day' },
    },
  }
}

function trend(context: ProjectContext) {
  const filter = readFilter(context)
  const series = seriesFrom(filter)
  const query: QueryNode = {
    kind: 'InsightVizNode',
    source: {
      kind: 'TrendsQuery',
      series: series.length > 0 ? series : [{ kind: 'EventsNode', event: EVENTS.pageview.event, name: EVENTS.pageview.event }],
      interval: filter.interval ?? 'day',
      dateRange: dateRange(filter),
      ...(filter.breakdown ? { breakdownFilter: { breakdown: filter.breakdown, breakdown_type: 'event' } } : {}),
      ...(filter.display ? { trendsFilter: { display: filter.display } } : {}),
    },
  }
  const { result } = computeInsightResult({ short_id: 'legacy-trend', query }, context.store.now())
  // Legacy trends come back as one or a few series, never past the 20 that would page with `next`.
  const answer: LegacyTrendAnswer = { result, next: null, ...computedFields(context) }
  return ok(answer)
}

function funnel(context: ProjectContext) {
  const { result } = computeInsightResult({ short_id: 'legacy-funnel', query: funnelQuery(context) }, context.store.now())
  const answer: LegacyFunnelAnswer = { result, ...computedFields(context) }
  return ok(answer)
}

const CORRELATION_CANDIDATES = Object.values(EVENTS).map((entry) => entry.event)

function funnelCorrelation(context: ProjectContext) {
  const query = funnelQuery(context)
  const { result } = computeInsightResult({ short_id: 'legacy-funnel', query }, context.store.now())
  const parsedSteps = z.array(funnelStepSchema).safeParse(result)
  const steps = parsedSteps.success ? parsedSteps.data : []
  const first = steps[0]?.count ?? 0
  const converted = steps.at(-1)?.count ?? 0
  const inFunnel = new Set(steps.map((step) => String(step.action_id)))
  const random = createRandom(hashString(JSON.stringify(query)))
  const events = random
    .sample(
      CORRELATION_CANDIDATES.filter((event) => !inFunnel.has(event)),
      6,
    )
    .map((event) => {
      const success = random.int(0, converted)
      const failure = random.int(0, Math.max(0, first - converted))
      const oddsRatio =
        Math.round(((success + 1) / (converted - success + 1) / ((failure + 1) / (first - converted - failure + 1))) * 100) / 100
      return {
        event: { event, properties: {}, elements: [] },
        success_count: success,
        failure_count: failure,
        odds_ratio: oddsRatio,
        correlation_type: oddsRatio >= 1 ? ('success' as const) : ('failure' as const),
      }
    })
    .sort((a, b) => Math.abs(Math.log(b.odds_ratio || 1)) - Math.abs(Math.log(a.odds_ratio || 1)))
  // Not inventoried (its source was not read for this answer): the fields every legacy answer shares.
  const { last_refresh, is_cached, timezone } = computedFields(context)
  return ok({ result: { events, skewed: first > 0 && converted / first < 0.05 }, last_refresh, is_cached, timezone })
}

export const legacyInsightHandlers = [
  projectRoute('GET', 'insights/trend', 'insight:read', trend),
  projectRoute('POST', 'insights/trend', 'insight:read', trend),
  projectRoute('GET', 'insights/funnel', 'insight:read', funnel),
  projectRoute('POST', 'insights/funnel', 'insight:read', funnel),
  projectRoute('GET', 'insights/funnel/correlation', 'insight:read', funnelCorrelation),
  projectRoute('POST', 'insights/funnel/correlation', 'insight:read', funnelCorrelation),
  projectRoute('POST', 'insights/timing', 'insight:read', async (context) => {
    await context.body(insightTimingRequestSchema)
    return ok({ success: true })
  }),
]
