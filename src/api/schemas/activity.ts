import { z } from 'zod/mini'
import { tolerantArray } from './tolerant'

/*
 * PostHog's activity log (posthog/models/activity_logging/serializers.py), read tolerantly: every field PostHog may
 * send as null is nullable, unknown fields are ignored, and an entry that cannot be read is left out and counted.
 */

/** One field change (`ChangeSerializer`); `field`, `before` and `after` may be null. */
const activityChangeSchema = z.object({
  type: z.string(),
  action: z.string(),
  field: z.nullish(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
})
export type ActivityChange = z.infer<typeof activityChangeSchema>

/** `DetailSerializer`: every key optional; a change list that cannot be read is dropped, not the entry. */
const activityDetailSchema = z.object({
  name: z.catch(z.nullish(z.string()), null),
  short_id: z.catch(z.nullish(z.string()), null),
  changes: z.catch(z.nullish(z.array(activityChangeSchema)), null),
})

/**
 * `ActivityLogSerializer.get_user`: `UserMinimalSerializer` (`{first_name, email}`) for a person, or
 * `{"first_name": "System", "email": null, "is_system": true}` for an entry nobody made by hand.
 */
const activityUserSchema = z.object({
  first_name: z.catch(z.nullish(z.string()), null),
  email: z.catch(z.nullish(z.string()), null),
  is_system: z.catch(z.optional(z.boolean()), undefined),
})

/** `ActivityLogSerializer`: `detail` may be null (`ActivityLog.detail` is `null=True`); `id` is a UUID string. */
const activityLogEntrySchema = z.object({
  id: z.string(),
  user: z.catch(z.nullish(activityUserSchema), null),
  activity: z.string(),
  item_id: z.catch(z.nullish(z.string()), null),
  detail: z.catch(z.nullish(activityDetailSchema), null),
  created_at: z.string(),
})
export type ActivityLogEntry = z.infer<typeof activityLogEntrySchema>

/**
 * PostHog's insight activity endpoints page with `limit` and a 1-based `page`, and answer `total_count`
 * instead of DRF's `count` (`activity_page_response`). Unreadable entries are left out of `results` and counted.
 */
export const activityPageSchema = z.pipe(
  z.object({
    results: tolerantArray(activityLogEntrySchema),
    next: z.catch(z.nullish(z.string()), null),
    previous: z.catch(z.nullish(z.string()), null),
    total_count: z.number(),
  }),
  z.transform(({ results, ...page }) => ({ ...page, results: results.items, unreadable: results.unreadable })),
)
export type ActivityPage = z.infer<typeof activityPageSchema>
