import { z } from 'zod'

/** The subset of `GET /api/projects/:id/` the app reads. */
export const projectSchema = z.object({
  id: z.number(),
  name: z.string(),
  timezone: z.string().optional(),
})
export type Project = z.infer<typeof projectSchema>
