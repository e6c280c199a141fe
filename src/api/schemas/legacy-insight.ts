import { z } from 'zod/mini'
import { funnelStepSchema, trendsResultSchema } from './insight-result'
import type { Interval } from './query'

/*
 * PostHog's pre-query endpoints (`…/insights/trend/`, `funnel/`, `funnel/correlation/`, `timing/`): parameters come as
 * query-string values on GET (lists as JSON) or as a JSON body on POST, in the old `filters` vocabulary.
 */

/** A legacy `filters` entity: an event or action of the series, as the client sends it. */
interface LegacyEntity {
  id: string | number
  name?: string
  type?: 'events' | 'actions'
  math?: string
  order?: number
}

/** The legacy `Filter` the client sends (the mock checks it by PostHog's rules, in its own code). */
export interface LegacyFilter {
  events?: LegacyEntity[]
  actions?: LegacyEntity[]
  date_from?: string
  date_to?: string
  interval?: Interval
  display?: string
  breakdown?: string
  funnel_window_days?: number
}

const cacheFields = {
  last_refresh: z.nullable(z.string()),
  is_cached: z.boolean(),
  timezone: z.string(),
}

export const legacyTrendResponseSchema = z.object({ result: trendsResultSchema, next: z.nullable(z.string()), ...cacheFields })
export type LegacyTrendResponse = z.infer<typeof legacyTrendResponseSchema>

export const legacyFunnelResponseSchema = z.object({ result: z.array(funnelStepSchema), ...cacheFields })
export type LegacyFunnelResponse = z.infer<typeof legacyFunnelResponseSchema>

const funnelCorrelationEventSchema = z.object({
  event: z.object({ event: z.string(), properties: z.record(z.string(), z.unknown()), elements: z.array(z.unknown()) }),
  success_count: z.int(),
  failure_count: z.int(),
  odds_ratio: z.number(),
  correlation_type: z.enum(['success', 'failure']),
})

export const funnelCorrelationResponseSchema = z.object({
  result: z.object({ events: z.array(funnelCorrelationEventSchema), skewed: z.boolean() }),
  ...cacheFields,
})
export type FunnelCorrelationResponse = z.infer<typeof funnelCorrelationResponseSchema>

/** `POST …/insights/timing/`: the client reports how long an insight took to load. */
export interface InsightTimingRequest {
  insight?: string
  duration: number
}
export const insightTimingResponseSchema = z.object({ success: z.boolean() })
