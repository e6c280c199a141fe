import { z } from 'zod'

/** PostHog's error body (DRF exception handler): `{type, code, detail, attr}`. */
export const apiErrorBodySchema = z.object({
  type: z.string(),
  code: z.string().nullable().optional(),
  detail: z.string(),
  attr: z.string().nullable().optional(),
})
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>
