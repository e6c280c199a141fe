import { BULK_UPDATE_TAGS_SKIPPED_REASON, type BulkUpdateTagsAnswer } from '../posthog/tag-serializers'
import { validationError } from './errors'
import { normalizeTags, paginate } from './lookups'
import { ok, projectRoute } from './router'

/*
 * `BulkUpdateTagsRequestSerializer` (posthog/api/tagged_item.py): at most 500 ids and 100 tags of at most 255
 * characters, and at most 10,000 ids × distinct tags, the writes one request may cause.
 */
const BULK_UPDATE_TAGS_MAX_IDS = 500
const BULK_UPDATE_TAGS_MAX_TAGS = 100
const TAG_NAME_MAX_LENGTH = 255
const BULK_UPDATE_TAGS_MAX_OPERATIONS = 10_000
/** `TaggedItemViewSet.list`'s page size (default and maximum) when it is searched. */
const TAG_SEARCH_PAGE_SIZE = 100
const ACTIONS = ['add', 'remove', 'set'] as const
type BulkAction = (typeof ACTIONS)[number]

/** The body of `bulk_update_tags`, checked field by field as DRF words it; `add`/`remove` need at least one tag. */
function bulkUpdateTagsBody(body: unknown): { ids: number[]; action: BulkAction; tags: string[] } {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const { ids, action, tags } = fields
  if (ids === undefined) throw validationError('ids', 'This field is required.', 'required')
  if (!Array.isArray(ids)) throw validationError('ids', 'Expected a list of items.')
  if (ids.length === 0) throw validationError('ids', 'This list may not be empty.', 'empty')
  if (ids.length > BULK_UPDATE_TAGS_MAX_IDS)
    throw validationError('ids', `Ensure this field has no more than ${BULK_UPDATE_TAGS_MAX_IDS} elements.`, 'max_length')
  ids.forEach((id, index) => {
    if (!Number.isInteger(id)) throw validationError(`ids__${index}`, 'A valid integer is required.')
  })
  if (action === undefined) throw validationError('action', 'This field is required.', 'required')
  if (!ACTIONS.includes(action as BulkAction))
    throw validationError(
      'action',
      `"${typeof action === 'string' ? action : JSON.stringify(action)}" is not a valid choice.`,
      'invalid_choice',
    )
  if (tags === undefined) throw validationError('tags', 'This field is required.', 'required')
  if (!Array.isArray(tags)) throw validationError('tags', 'Expected a list of items.')
  if (tags.length > BULK_UPDATE_TAGS_MAX_TAGS)
    throw validationError('tags', `Ensure this field has no more than ${BULK_UPDATE_TAGS_MAX_TAGS} elements.`, 'max_length')
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string') throw validationError(`tags__${index}`, 'Not a valid string.')
    if (tag.length > TAG_NAME_MAX_LENGTH)
      throw validationError(
        `tags__${index}`,
        `Ensure this field has no more than ${TAG_NAME_MAX_LENGTH} characters.`,
        'max_length',
      )
  })
  // `BulkUpdateTagsRequestSerializer.validate`: both refusals name `tags`.
  if (action !== 'set' && tags.length === 0)
    throw validationError('tags', `tags must not be empty for action '${action as BulkAction}'.`)
  if (ids.length * normalizeTags(tags as string[]).length > BULK_UPDATE_TAGS_MAX_OPERATIONS)
    throw validationError(
      'tags',
      `Too many changes in one request: ids × distinct tags must not exceed ${BULK_UPDATE_TAGS_MAX_OPERATIONS}.`,
    )
  return { ids: ids as number[], action: action as BulkAction, tags: tags as string[] }
}

export const tagHandlers = [
  // `TaggedItemViewSet.list` (posthog/api/tagged_item.py): the project's tag names, sorted, as a bare list; with
  // `search` (even empty) a limit/offset page of the names containing it. Orphan tags are deleted on every write, so
  // the names in use are the names. (Older PostHog answered 402 with `[]` without the tagging feature: the legacy demo
  // key plays that.) PostHog keeps this endpoint internal (no personal API key scope); the mock asks for insight:read
  // so the app's tag picker also works over the HTTP mock.
  projectRoute('GET', 'tags', 'insight:read', (context) => {
    const names = new Set<string>()
    for (const insight of context.store.db.insights) {
      if (insight.project_id === context.project.id) for (const tag of insight.tags) names.add(tag)
    }
    const sorted = [...names].sort()
    const search = context.url.searchParams.get('search')
    if (search === null) return ok(sorted)
    const term = search.toLowerCase()
    const matching = sorted.filter((name) => name.includes(term))
    return ok(paginate(context, matching, { defaultLimit: TAG_SEARCH_PAGE_SIZE, maxLimit: TAG_SEARCH_PAGE_SIZE }))
  }),

  /*
   * `TaggedItemViewSetMixin.bulk_update_tags` (posthog/api/tagged_item.py), an action of `InsightViewSet` here: with no
   * `parser_classes` of its own it parses with the viewset's `QuerySchemaParser` (a `JSONParser`), so a non-JSON body is 415.
   */
  projectRoute(
    'POST',
    'insights/bulk_update_tags',
    'insight:write',
    async (context) => {
      const { ids, action, tags } = bulkUpdateTagsBody(await context.rawBody())
      const { store, user, project } = context
      const requested = normalizeTags(tags)
      const response: BulkUpdateTagsAnswer = { updated: [], skipped: [] }
      // PostHog reads the objects with `id__in`, so an id sent twice is written (and answered) once.
      const written = new Set<number>()
      for (const id of ids) {
        const insight = store.insight(id)
        if (!insight || insight.project_id !== project.id || insight.deleted) {
          response.skipped.push({ id, reason: BULK_UPDATE_TAGS_SKIPPED_REASON })
          continue
        }
        if (written.has(id)) continue
        written.add(id)
        const current = new Set(insight.tags)
        const next =
          action === 'add'
            ? normalizeTags([...current, ...requested])
            : action === 'remove'
              ? [...current].filter((tag) => !requested.includes(tag)).sort()
              : requested
        if (next.join('\n') !== insight.tags.join('\n')) {
          store.logActivity(insight, 'updated', user.id, [
            { type: 'Insight', action: 'changed', field: 'tags', before: insight.tags, after: next },
          ])
          insight.tags = next
        }
        response.updated.push({ id, tags: next })
      }
      store.commit()
      return ok(response)
    },
    { jsonOnly: true },
  ),
]
