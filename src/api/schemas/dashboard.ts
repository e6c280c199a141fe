import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'

/**
 * One row of `GET …/dashboards/` (PostHog's `DashboardBasicSerializer`), read tolerantly: the filter needs only the id
 * and the name, which PostHog allows to be null.
 */
const dashboardBasicSchema = z.object({
  id: z.int(),
  name: z.nullish(z.string()),
})
export type DashboardBasic = z.infer<typeof dashboardBasicSchema>

export const dashboardListSchema = paginatedSchema(dashboardBasicSchema)
