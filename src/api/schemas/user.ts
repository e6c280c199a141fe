import { z } from 'zod/mini'

/**
 * PostHog's `UserBasicSerializer` (posthog/api/shared.py), read tolerantly: the app shows a person by name and email and
 * filters activity by email, so only `id` and `email` are required; a missing name reads as empty, and the fields the
 * app does not read (`uuid`, `distinct_id`, `is_email_verified`, `hedgehog_config`, `role_at_organization`) are
 * neither required nor kept.
 */
export const userBasicSchema = z.object({
  id: z.number(),
  first_name: z._default(z.string(), ''),
  last_name: z._default(z.string(), ''),
  email: z.string(),
})
export type UserBasic = z.infer<typeof userBasicSchema>

/**
 * The part of `GET /api/users/@me/` (`UserSerializer`) the app reads: who is signed in, and the current team and
 * organization by id and name. A malformed team or organization reads as unknown rather than failing the answer.
 */
export const currentUserSchema = z.extend(userBasicSchema, {
  team: z.catch(z.nullish(z.object({ id: z.number(), name: z.string() })), null),
  organization: z.catch(z.nullish(z.object({ id: z.string(), name: z.string() })), null),
})
export type CurrentUser = z.infer<typeof currentUserSchema>
