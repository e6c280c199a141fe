import { z } from 'zod'

/** PostHog's `UserBasicSerializer`: who created or last changed something. */
export const userBasicSchema = z.object({
  id: z.number(),
  uuid: z.string(),
  distinct_id: z.string().nullable(),
  first_name: z.string(),
  last_name: z.string().optional().default(''),
  email: z.string(),
})
export type UserBasic = z.infer<typeof userBasicSchema>

/** The subset of `GET /api/users/@me/` the app reads. */
export const currentUserSchema = userBasicSchema.extend({
  team: z.object({ id: z.number(), name: z.string() }).nullable().optional(),
  organization: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
})
export type CurrentUser = z.infer<typeof currentUserSchema>
