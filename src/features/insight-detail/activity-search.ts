import { z } from 'zod/mini'

/** Entries per page of an insight's history; PostHog's own default for activity is 10. */
export const ACTIVITY_PAGE_SIZE = 10

/** The Activity tab's page (1-based) lives in the URL; a missing or malformed page is the first. */
export const activitySearchSchema = z.object({
  page: z.catch(z._default(z.int().check(z.minimum(1)), 1), 1),
})
export type ActivitySearch = z.infer<typeof activitySearchSchema>
export const activitySearchDefaults: ActivitySearch = { page: 1 }
