import { validationError } from './errors'
import { normalizeTags } from './lookups'
import { ok, projectRoute } from './router'

/** PostHog's limit on ids per `bulk_update_tags` call. */
const BULK_UPDATE_TAGS_MAX_IDS = 500
const ACTIONS = ['add', 'remove', 'set'] as const
type BulkAction = (typeof ACTIONS)[number]

interface BulkUpdateTagsAnswer {
  updated: { id: number; tags: string[] }[]
  skipped: { id: number; reason: string }[]
}

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
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string'))
    throw validationError('tags', 'Expected a list of items.')
  if (action !== 'set' && tags.length === 0)
    throw validationError('tags', `tags must not be empty for action '${action as BulkAction}'.`)
  return { ids: ids as number[], action: action as BulkAction, tags: tags as string[] }
}

export const tagHandlers = [
  // `TaggedItemViewSet.list` (posthog/api/tagged_item.py): the project's tag names as a bare list; an organization
  // without the tagging feature gets 402 with `[]` (the demo organization has it). PostHog keeps this endpoint internal
  // (no personal API key scope); the mock asks for insight:read so the app's tag picker also works over the HTTP mock.
  projectRoute('GET', 'tags', 'insight:read', (context) => {
    const names = new Set<string>()
    for (const insight of context.store.db.insights) {
      if (insight.project_id === context.project.id) for (const tag of insight.tags) names.add(tag)
    }
    return ok([...names].sort())
  }),

  projectRoute('POST', 'insights/bulk_update_tags', 'insight:write', async (context) => {
    const { ids, action, tags } = bulkUpdateTagsBody(await context.rawBody())
    const { store, user, project } = context
    const requested = normalizeTags(tags)
    const response: BulkUpdateTagsAnswer = { updated: [], skipped: [] }
    for (const id of ids) {
      const insight = store.insight(id)
      if (!insight || insight.project_id !== project.id || insight.deleted) {
        response.skipped.push({ id, reason: 'Not found' })
        continue
      }
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
  }),
]
