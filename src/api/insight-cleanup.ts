import { z } from 'zod/mini'
import { apiJson } from './http'
import { insightSegment, projectScoped } from './project-scope'
import { paginatedSchema } from './schemas/pagination'

/**
 * What the clean-up page reads of each insight, from the full list (`InsightSerializer`): `is_sample` is only in the full
 * serializer, not in `InsightBasicSerializer`. The query is kept as sent (`unknown`), because duplicates are found by
 * comparing it, and the cached `result` is not parsed at all, which keeps a page of hundreds of insights cheap to read.
 */
const cleanupInsightSchema = z.object({
  id: z.int(),
  short_id: z.string(),
  name: z.nullable(z.string()),
  derived_name: z.nullish(z.string()),
  description: z.nullish(z.string()),
  query: z.unknown(),
  dashboards: z.array(z.int()),
  tags: z.array(z.string()),
  favorited: z.boolean(),
  created_at: z.nullable(z.string()),
  last_modified_at: z.string(),
  last_viewed_at: z.nullish(z.string()),
  is_sample: z.optional(z.boolean()),
})
export type CleanupInsight = z.infer<typeof cleanupInsightSchema>

const cleanupPageSchema = paginatedSchema(cleanupInsightSchema)
const insightIdPageSchema = paginatedSchema(z.object({ id: z.int() }))
export type CleanupPage = z.infer<typeof cleanupPageSchema>

/** One page of the full insight list, oldest id first so pages stay stable while insights are edited elsewhere. */
export function fetchCleanupPage(projectId: string, offset: number, limit: number, signal?: AbortSignal): Promise<CleanupPage> {
  return apiJson(cleanupPageSchema, {
    path: projectScoped(projectId, 'insights/'),
    query: { limit, offset, order: 'id' },
    signal,
  })
}

/** Ids of the insights on no dashboard, by the server's `not_on_dashboard` filter (only where the probe found it). */
export async function fetchIdsNotOnDashboard(projectId: string, signal?: AbortSignal, pageSize = 1000): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await apiJson(insightIdPageSchema, {
      path: projectScoped(projectId, 'insights/'),
      query: { basic: 'true', not_on_dashboard: 'true', limit: pageSize, offset, order: 'id' },
      signal,
    })
    for (const insight of page.results) ids.push(insight.id)
    if (!page.next || page.results.length === 0) return ids
  }
}

const deletedFlagSchema = z.object({ id: z.int(), deleted: z.boolean() })

/** `PATCH …/insights/:id/ {deleted}`: PostHog's soft delete (`true`) and its restore (`false`). */
export function setInsightDeleted(projectId: string, insightId: number, deleted: boolean): Promise<{ id: number }> {
  return apiJson(deletedFlagSchema, {
    method: 'PATCH',
    path: projectScoped(projectId, `insights/${insightSegment(insightId)}/`),
    body: { deleted },
  })
}
