import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'
import { thresholdSchema } from './threshold'

/**
 * `AlertSerializer` in posthog/api/alert.py, as far as this app reads it: which insight an alert watches and its
 * threshold. PostHog nests the insight with `InsightBasicSerializer`; only its ids are kept here.
 */
const alertSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  state: z.string(),
  insight: z.object({ id: z.int(), short_id: z.string() }),
  threshold: z.nullable(thresholdSchema),
})

export const alertListSchema = paginatedSchema(alertSchema)
export type AlertList = z.infer<typeof alertListSchema>

/**
 * The same page read for one thing only, which insight each alert watches: the list marks rows with a bell from every
 * alert of the project, and reading whole alerts (each nests its insight) cost tens of milliseconds a page.
 */
export const alertInsightIdsPageSchema = paginatedSchema(z.object({ insight: z.object({ id: z.int() }) }))
