import { postHogSerializer } from './inventory'

/*
 * Tags as posthog/api/tagged_item.py sends them: `TaggedItemViewSetMixin.bulk_update_tags` (every taggable viewset,
 * insights among them) and `TaggedItemViewSet.list` (`GET tags/`).
 */

/** `BulkUpdateTagsResponseSerializer`: the answer of `bulk_update_tags` (200). */
export const bulkUpdateTagsResponseSerializer = postHogSerializer({
  source: 'posthog/api/tagged_item.py',
  className: 'BulkUpdateTagsResponseSerializer',
  fields: ['updated', 'skipped'],
})

/** `BulkUpdateTagsItemSerializer`: one object whose tags were written, with its full tag list after the update. */
export const bulkUpdateTagsItemSerializer = postHogSerializer({
  source: 'posthog/api/tagged_item.py',
  className: 'BulkUpdateTagsItemSerializer',
  fields: ['id', 'tags'],
})

/** `BulkUpdateTagsErrorSerializer`: one id that was not written. */
export const bulkUpdateTagsErrorSerializer = postHogSerializer({
  source: 'posthog/api/tagged_item.py',
  className: 'BulkUpdateTagsErrorSerializer',
  fields: ['id', 'reason'],
})

/**
 * `TaggedItemViewSet.list` with `search`: a `LimitOffsetPagination` page of names (default and max 100). Without
 * `search` the list is a bare array of names, sorted.
 */
export const tagSearchPage = postHogSerializer({
  source: 'posthog/api/tagged_item.py',
  className: 'TaggedItemViewSet.list (search page)',
  fields: ['count', 'next', 'previous', 'results'],
  nullable: ['next', 'previous'],
})

/** `BULK_UPDATE_TAGS_SKIPPED_REASON`: one reason for missing and inaccessible ids alike, so none can be probed. */
export const BULK_UPDATE_TAGS_SKIPPED_REASON = 'Not found or no edit access'

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type BulkUpdateTagsAnswer = Answer<typeof bulkUpdateTagsResponseSerializer> & {
  updated: Answer<typeof bulkUpdateTagsItemSerializer>[]
  skipped: Answer<typeof bulkUpdateTagsErrorSerializer>[]
}
