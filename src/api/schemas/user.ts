import { z } from 'zod/mini'

/** PostHog's `UserBasicSerializer`: who created or last changed something. */
export const userBasicSchema = z.object({
  id: z.number(),
  uuid: z.string(),
  distinct_id: z.nullable(z.string()),
  first_name: z.string(),
  last_name: z._default(z.optional(z.string()), ''),
  email: z.string(),
})
export type UserBasic = z.infer<typeof userBasicSchema>

/** The subset of `GET /api/users/@me/` the app reads. */
export const currentUserSchema = z.extend(userBasicSchema, {
  team: z.nullish(z.object({ id: z.number(), name: z.string() })),
  organization: z.nullish(z.object({ id: z.string(), name: z.string() })),
})
export type CurrentUser = z.infer<typeof currentUserSchema>
