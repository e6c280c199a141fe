import { bulkUpdateTagsRequestSchema, type BulkUpdateTagsResponse } from '@/api/schemas/tag'
import { normalizeTags } from './lookups'
import { ok, projectRoute } from './router'

export const tagHandlers = [
  // PostHog keeps this endpoint internal (no personal API key scope); the mock asks for insight:read so the app's
  // tag picker also works over the HTTP mock server.
  projectRoute('GET', 'tags', 'insight:read', (context) => {
    const names = new Set<string>()
    for (const insight of context.store.db.insights) {
      if (insight.project_id === context.project.id) for (const tag of insight.tags) names.add(tag)
    }
    return ok([...names].sort())
  }),

  projectRoute('POST', 'insights/bulk_update_tags', 'insight:write', async (context) => {
    const { ids, action, tags } = await context.body(bulkUpdateTagsRequestSchema)
    const { store, user, project } = context
    const requested = normalizeTags(tags)
    const response: BulkUpdateTagsResponse = { updated: [], skipped: [] }
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
