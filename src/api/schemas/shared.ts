import { z } from 'zod/mini'
import { insightSchema } from './insight'
import { sharingSettingsSchema } from './sharing'

/*
 * The public viewer of a shared insight. PostHog serves `/shared/:access_token` as an HTML page that embeds this data
 * (and answers a password POST with `{shareToken}`); the mock exposes the same behaviour as JSON under
 * `/api/shared/:access_token/` so the app can render the viewer itself.
 */

export const sharedInsightSchema = z.object({
  type: z.enum(['scene', 'embed']),
  accessToken: z.string(),
  insight: insightSchema,
  settings: z.nullable(sharingSettingsSchema),
  team: z.object({ name: z.string() }),
})
export type SharedInsight = z.infer<typeof sharedInsightSchema>

/** Sent back as `Authorization: Bearer <shareToken>` (or `?share_token=`) to read a password-protected share. */
export const sharedUnlockResponseSchema = z.object({ shareToken: z.string() })
export type SharedUnlockResponse = z.infer<typeof sharedUnlockResponseSchema>
