import { z } from 'zod'
import { userBasicSchema } from './user'

/** One field change in an activity entry (`Change` in posthog/models/activity_logging/activity_log.py). */
const activityChangeSchema = z.object({
  type: z.string(),
  action: z.string(),
  field: z.string().nullable().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
})
export type ActivityChange = z.infer<typeof activityChangeSchema>

const activityDetailSchema = z.object({
  name: z.string().nullable().optional(),
  short_id: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  changes: z.array(activityChangeSchema).nullable().optional(),
})

/** `ActivityLogSerializer`; `user` is null for system actions. */
const activityLogEntrySchema = z.object({
  id: z.string(),
  user: userBasicSchema.nullable(),
  activity: z.string(),
  scope: z.string(),
  item_id: z.string().nullable(),
  detail: activityDetailSchema,
  created_at: z.string(),
  is_system: z.boolean().optional(),
})
export type ActivityLogEntry = z.infer<typeof activityLogEntrySchema>

/**
 * PostHog's insight activity endpoints page with `limit` and a 1-based `page`, and answer `total_count`
 * instead of DRF's `count` (`activity_page_response`).
 */
export const activityPageSchema = z.object({
  results: z.array(activityLogEntrySchema),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  total_count: z.number().int(),
})
export type ActivityPage = z.infer<typeof activityPageSchema>
