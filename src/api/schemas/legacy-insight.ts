import { z } from 'zod'
import { funnelStepSchema, trendsResultSchema } from './insight-result'
import { intervalSchema } from './query'

/*
 * PostHog's pre-query endpoints (`…/insights/trend/`, `funnel/`, `funnel/correlation/`, `timing/`): parameters come as
 * query-string values on GET (lists as JSON) or as a JSON body on POST, in the old `filters` vocabulary.
 */

const legacyEntitySchema = z.object({
  id: z.union([z.string(), z.number()]),
  name: z.string().optional(),
  type: z.enum(['events', 'actions']).optional(),
  math: z.string().optional(),
  order: z.number().int().optional(),
})

export const legacyFilterSchema = z.object({
  events: z.array(legacyEntitySchema).optional(),
  actions: z.array(legacyEntitySchema).optional(),
  date_from: z.string().optional(),
  date_to: z.string().optional(),
  interval: intervalSchema.optional(),
  display: z.string().optional(),
  breakdown: z.string().optional(),
  funnel_window_days: z.number().int().positive().optional(),
})
export type LegacyFilter = z.infer<typeof legacyFilterSchema>

const cacheFields = {
  last_refresh: z.string().nullable(),
  is_cached: z.boolean(),
  timezone: z.string(),
}

export const legacyTrendResponseSchema = z.object({ result: trendsResultSchema, next: z.string().nullable(), ...cacheFields })
export type LegacyTrendResponse = z.infer<typeof legacyTrendResponseSchema>

export const legacyFunnelResponseSchema = z.object({ result: z.array(funnelStepSchema), ...cacheFields })
export type LegacyFunnelResponse = z.infer<typeof legacyFunnelResponseSchema>

const funnelCorrelationEventSchema = z.object({
  event: z.object({ event: z.string(), properties: z.record(z.string(), z.unknown()), elements: z.array(z.unknown()) }),
  success_count: z.number().int(),
  failure_count: z.number().int(),
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
  insight: z.string().optional(),
  duration: z.number().nonnegative(),
})
export type InsightTimingRequest = z.infer<typeof insightTimingRequestSchema>
export const insightTimingResponseSchema = z.object({ success: z.boolean() })
