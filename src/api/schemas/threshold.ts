import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'

/** PostHog's `InsightThreshold`: an absolute value or a percentage change, bounded below and/or above. */
const thresholdConfigurationSchema = z.object({
  type: z.enum(['absolute', 'percentage']),
  bounds: z.nullish(
    z.object({
      lower: z.nullish(z.number()),
      upper: z.nullish(z.number()),
    }),
  ),
})
export type ThresholdConfiguration = z.infer<typeof thresholdConfigurationSchema>

/**
 * `ThresholdSerializer` in products/alerts/backend/api/alert.py; `ThresholdViewSet` adds the `alerts` that use it,
 * which this app does not read (unknown fields are ignored).
 */
export const thresholdSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  name: z.catch(z.string(), ''),
  configuration: thresholdConfigurationSchema,
})
export type Threshold = z.infer<typeof thresholdSchema>

export const thresholdListSchema = paginatedSchema(thresholdSchema)
export type ThresholdList = z.infer<typeof thresholdListSchema>
