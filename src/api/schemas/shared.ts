import { z } from 'zod/mini'
import { insightSchema } from './insight'

/*
 * The public viewer of a shared insight: the `exported_data` PostHog's `SharingViewerPageViewSet`
 * (posthog/api/sharing.py) embeds in the `/shared/:access_token` page and answers as JSON at
 * `/shared/:access_token.json`, outside `/api/`. The share's settings arrive as top-level flags, present (and true)
 * only when on. `themes` and anything else the viewer does not draw are ignored.
 */

const onlyWhenOn = z.optional(z.boolean())

export const sharedInsightSchema = z.object({
  /** `scene` or `embed` (PostHog also knows `unlock`, `image` and others for other resources). */
  type: z.string(),
  accessToken: z.optional(z.string()),
  insight: insightSchema,
  whitelabel: onlyWhenOn,
  noHeader: onlyWhenOn,
  legend: onlyWhenOn,
  detailed: onlyWhenOn,
  hideExtraDetails: onlyWhenOn,
})
export type SharedInsight = z.infer<typeof sharedInsightSchema>

/**
 * The unlock page's `exported_data`: what a password-protected share says to a reader without a valid share token.
 * PostHog renders it in HTML (status 200), even for `.json`; read as JSON here in case a proxy or version answers so.
 */
export const sharedUnlockPageSchema = z.object({ type: z.literal('unlock') })

/** Sent back as `Authorization: Bearer <shareToken>` to read a password-protected share. */
export const sharedUnlockResponseSchema = z.object({ shareToken: z.string() })
export type SharedUnlockResponse = z.infer<typeof sharedUnlockResponseSchema>
