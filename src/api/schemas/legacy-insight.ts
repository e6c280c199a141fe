import { z } from 'zod/mini'
import { funnelStepSchema, trendsResultSchema } from './insight-result'
import { intervalSchema } from './query'

/*
 * PostHog's pre-query endpoints (`…/insights/trend/`, `funnel/`, `funnel/correlation/`, `timing/`): parameters come as
 * query-string values on GET (lists as JSON) or as a JSON body on POST, in the old `filters` vocabulary.
 */

const legacyEntitySchema = z.object({
  id: z.union([z.string(), z.number()]),
  name: z.optional(z.string()),
  type: z.optional(z.enum(['events', 'actions'])),
  math: z.optional(z.string()),
  order: z.optional(z.int()),
})

export const legacyFilterSchema = z.object({
  events: z.optional(z.array(legacyEntitySchema)),
  actions: z.optional(z.array(legacyEntitySchema)),
  date_from: z.optional(z.string()),
  date_to: z.optional(z.string()),
  interval: z.optional(intervalSchema),
  display: z.optional(z.string()),
  breakdown: z.optional(z.string()),
  funnel_window_days: z.optional(z.int().check(z.positive('Ensure this value is greater than or equal to 1.'))),
})
export type LegacyFilter = z.infer<typeof legacyFilterSchema>

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
export const insightTimingRequestSchema = z.object({
  insight: z.optional(z.string()),
  duration: z.number().check(z.nonnegative('Ensure this value is greater than or equal to 0.')),
})
export type InsightTimingRequest = z.infer<typeof insightTimingRequestSchema>
export const insightTimingResponseSchema = z.object({ success: z.boolean() })
