import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'
import { thresholdSchema } from './threshold'
import { tolerantArray } from './tolerant'

/**
 * `AlertSerializer` in products/alerts/backend/api/alert.py, as far as this app reads it: which insight an alert
 * watches, whether it is on and firing, and its threshold (a nullable FK). PostHog nests the insight with
 * `InsightBasicSerializer`; only its ids are kept here. Unknown fields are ignored.
 */
const alertSchema = z.object({
  id: z.string(),
  name: z.catch(z.nullish(z.string()), null),
  enabled: z.catch(z.boolean(), true),
  state: z.catch(z.nullish(z.string()), null),
  insight: z.object({ id: z.number(), short_id: z.catch(z.nullish(z.string()), null) }),
  threshold: z.catch(z.nullish(thresholdSchema), null),
})

export const alertListSchema = paginatedSchema(alertSchema)
export type AlertList = z.infer<typeof alertListSchema>

/**
 * The same page read for one thing only, which insight each alert watches: the list marks rows with a bell from every
 * alert of the project, and reading whole alerts (each nests its insight) cost tens of milliseconds a page. An alert
 * that cannot be read costs only its own bell.
 */
export const alertInsightIdsPageSchema = z.object({
  next: z.catch(z.nullish(z.string()), null),
  results: z.pipe(
    tolerantArray(z.object({ insight: z.object({ id: z.number() }) })),
    z.transform(({ items }) => items),
  ),
})
