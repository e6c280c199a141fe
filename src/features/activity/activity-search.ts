import { z } from 'zod/mini'

/** Entries per "Load more"; PostHog's own default is 10, which makes a day of busy editing take many clicks. */
export const ACTIVITY_FEED_PAGE_SIZE = 20

const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)

/**
 * The feed's filters in the URL: `user` is the author's email (PostHog's activity entries name their user by
 * `{first_name, email}` only, no id), `activity` the kind of change (`updated`, `sharing enabled` …).
 * Junk falls back to "no filter", so a stale link still opens the feed.
 */
export const activityFeedSearchSchema = z.object({
  user: optional(z.string().check(z.minLength(1))),
  activity: optional(z.string().check(z.minLength(1))),
})
export type ActivityFeedSearch = z.infer<typeof activityFeedSearchSchema>
