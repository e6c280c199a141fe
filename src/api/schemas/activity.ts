import { z } from 'zod/mini'
import { userBasicSchema } from './user'

/** One field change in an activity entry (`Change` in posthog/models/activity_logging/activity_log.py). */
const activityChangeSchema = z.object({
  type: z.string(),
  action: z.string(),
  field: z.nullish(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
})
export type ActivityChange = z.infer<typeof activityChangeSchema>

const activityDetailSchema = z.object({
  name: z.nullish(z.string()),
  short_id: z.nullish(z.string()),
  type: z.nullish(z.string()),
  changes: z.nullish(z.array(activityChangeSchema)),
})

/** `ActivityLogSerializer`; `user` is null for system actions. */
const activityLogEntrySchema = z.object({
  id: z.string(),
  user: z.nullable(userBasicSchema),
  activity: z.string(),
  scope: z.string(),
  item_id: z.nullable(z.string()),
  detail: activityDetailSchema,
  created_at: z.string(),
  is_system: z.optional(z.boolean()),
})
export type ActivityLogEntry = z.infer<typeof activityLogEntrySchema>

/**
 * PostHog's insight activity endpoints page with `limit` and a 1-based `page`, and answer `total_count`
 * instead of DRF's `count` (`activity_page_response`).
 */
export const activityPageSchema = z.object({
  results: z.array(activityLogEntrySchema),
  next: z.nullable(z.string()),
  previous: z.nullable(z.string()),
  total_count: z.int(),
})
export type ActivityPage = z.infer<typeof activityPageSchema>
