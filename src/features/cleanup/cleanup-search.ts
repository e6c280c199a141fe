import { z } from 'zod/mini'
import { cleanupWindows, groupKeys } from './cleanup-rules'

const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)

/** The clean-up page's URL: the "not viewed in" window in days and the group shown; absent means 90 days, first group. */
export const cleanupSearchSchema = z.object({
  days: optional(z.union(cleanupWindows.map((days) => z.literal(days)))),
  group: optional(z.enum(groupKeys)),
})
