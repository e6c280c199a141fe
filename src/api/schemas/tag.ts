import { z } from 'zod/mini'

/** `GET /api/projects/:id/tags/`: every tag name in use in the project, as plain strings. */
export const tagListSchema = z.array(z.string())
export type TagList = z.infer<typeof tagListSchema>

/** PostHog's limit on ids per `bulk_update_tags` call. */
const BULK_UPDATE_TAGS_MAX_IDS = 500

const bulkUpdateTagsActionSchema = z.enum(['add', 'remove', 'set'])

/** `POST …/insights/bulk_update_tags/` body; `add` and `remove` need at least one tag, `set` may clear all. */
export const bulkUpdateTagsRequestSchema = z
  .object({
    ids: z
      .array(z.int())
      .check(
        z.minLength(1, 'This list may not be empty.'),
        z.maxLength(BULK_UPDATE_TAGS_MAX_IDS, `Ensure this field has no more than ${BULK_UPDATE_TAGS_MAX_IDS} elements.`),
      ),
    action: bulkUpdateTagsActionSchema,
    tags: z.array(z.string()),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.action !== 'set' && body.tags.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['tags'], message: `tags must not be empty for action '${body.action}'.` })
      }
    }),
  )
export type BulkUpdateTagsRequest = z.infer<typeof bulkUpdateTagsRequestSchema>

export const bulkUpdateTagsResponseSchema = z.object({
  updated: z.array(z.object({ id: z.number(), tags: z.array(z.string()) })),
  skipped: z.array(z.object({ id: z.number(), reason: z.string() })),
})
export type BulkUpdateTagsResponse = z.infer<typeof bulkUpdateTagsResponseSchema>
