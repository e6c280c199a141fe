import { z } from 'zod/mini'

/** The subset of `GET /api/projects/:id/` the app reads. */
export const projectSchema = z.object({
  id: z.number(),
  name: z.string(),
  timezone: z.optional(z.string()),
})
