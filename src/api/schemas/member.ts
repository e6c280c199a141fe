import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'
import { userBasicSchema } from './user'

/** `OrganizationMemberSerializer`: level 1 = member, 8 = admin, 15 = owner. */
const organizationMemberSchema = z.object({
  id: z.string(),
  user: userBasicSchema,
  level: z.int(),
  joined_at: z.string(),
  updated_at: z.string(),
})

export const organizationMemberListSchema = paginatedSchema(organizationMemberSchema)
export type OrganizationMemberList = z.infer<typeof organizationMemberListSchema>
