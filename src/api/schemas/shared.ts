import { z } from 'zod/mini'
import { insightSchema } from './insight'

/*
 * The public viewer of a shared insight: the `exported_data` PostHog's `SharingViewerPageViewSet` embeds in the
 * `/shared/:access_token` page and answers as JSON at `/shared/:access_token.json` (the mock serves it at
 * `/api/shared/:access_token/`). The share's settings arrive as top-level flags, present (and true) only when on.
 * `themes` and anything else the viewer does not draw are ignored.
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

/** Sent back as `Authorization: Bearer <shareToken>` (or `?share_token=`) to read a password-protected share. */
export const sharedUnlockResponseSchema = z.object({ shareToken: z.string() })
export type SharedUnlockResponse = z.infer<typeof sharedUnlockResponseSchema>
