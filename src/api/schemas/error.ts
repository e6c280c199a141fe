import { z } from 'zod/mini'

/** PostHog's error body (DRF exception handler): `{type, code, detail, attr}`. */
export const apiErrorBodySchema = z.object({
  type: z.string(),
  code: z.nullish(z.string()),
  detail: z.string(),
  attr: z.nullish(z.string()),
})

/** The body some PostHog views build by hand for a refusal (`SharingConfigurationViewSet`): `{"error": "…"}`. */
export const plainErrorBodySchema = z.object({ error: z.string().check(z.minLength(1)) })
