import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'
import { userBasicSchema } from './user'

/**
 * `OrganizationMemberSerializer` (posthog/api/organization_member.py). The app reads only `user` (the authors of the
 * "Created by" filter); `level` is 1 member, 8 admin, 15 owner. The rest PostHog sends (`joined_at`, `is_2fa_enabled`,
 * `last_login`, …) is ignored.
 */
const organizationMemberSchema = z.object({
  id: z.string(),
  user: userBasicSchema,
  level: z.optional(z.int()),
})

export const organizationMemberListSchema = paginatedSchema(organizationMemberSchema)
export type OrganizationMemberList = z.infer<typeof organizationMemberListSchema>
