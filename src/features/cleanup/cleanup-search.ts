import { z } from 'zod/mini'

/* The windows and groups the address can name. Here, not with the rules (cleanup-rules.ts): every route's search schema
 * is in the app's entry, and the rules are needed only on the page. */
export const cleanupWindows = [30, 90, 180] as const
export type CleanupWindow = (typeof cleanupWindows)[number]

export const groupKeys = ['no-dashboard', 'unviewed', 'samples', 'duplicates', 'undocumented'] as const
export type GroupKey = (typeof groupKeys)[number]

const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)

/** The clean-up page's URL: the "not viewed in" window in days and the group shown; absent means 90 days, first group. */
export const cleanupSearchSchema = z.object({
  days: optional(z.union(cleanupWindows.map((days) => z.literal(days)))),
  group: optional(z.enum(groupKeys)),
})
