import { MutationObserver, type QueryClient } from '@tanstack/react-query'
import { insightKeys, insightMutations } from '@/api/insights'
import type { InsightBasic } from '@/api/schemas/insight'
import type { BulkTagAnswer, BulkTagRequest } from '@/lib/bulk-tag-plan'

/**
 * Sends one `bulk_update_tags` batch through the optimistic mutation, so the list behind the dialog shows the change at
 * once and a refused batch rolls back. It goes through a MutationObserver rather than a hook because Undo in the toast
 * runs after the dialog that started the edit is gone.
 */
export function bulkTagSender(client: QueryClient, projectId: string): (body: BulkTagRequest) => Promise<BulkTagAnswer> {
  const shared = insightMutations.bulkUpdateTags(projectId)
  const options: typeof shared = {
    ...shared,
    // No automatic retry: a refused batch is reported with its insights, and the dialog's Retry sends exactly those.
    retry: false,
    // The shared mutation resolves only once its refetches (lists, tag counts, activity) are done; a run of batches
    // would wait for a round of refetches per batch. The next batch cancels them anyway, the last one's complete.
    onSettled: (...args) => {
      void shared.onSettled?.(...args)
    },
  }
  return (body) => new MutationObserver(client, options).mutate(body)
}

function isInsight(value: unknown): value is InsightBasic {
  return typeof value === 'object' && value !== null && 'id' in value && 'tags' in value && Array.isArray(value.tags)
}

function insightsIn(data: unknown): InsightBasic[] {
  if (isInsight(data)) return [data]
  if (typeof data === 'object' && data !== null && 'results' in data && Array.isArray(data.results))
    return data.results.filter(isInsight)
  if (Array.isArray(data)) return data.filter(isInsight)
  return []
}

/**
 * The newest copy of each selected insight that the cache holds (lists, details, last viewed), falling back to the row
 * as it was when selected. The selection keeps rows as first seen, so after an edit its tags are stale; the counts, the
 * preview and Undo's "tags before" must be what the insights carry now.
 */
export function freshestCopies(client: QueryClient, projectId: string, rows: readonly InsightBasic[]): InsightBasic[] {
  const wanted = new Set(rows.map((row) => row.id))
  const newest = new Map<number, { insight: InsightBasic; at: number }>()
  for (const query of client.getQueryCache().findAll({ queryKey: insightKeys.project(projectId) })) {
    const at = query.state.dataUpdatedAt
    for (const insight of insightsIn(query.state.data)) {
      if (!wanted.has(insight.id)) continue
      const known = newest.get(insight.id)
      if (!known || known.at < at) newest.set(insight.id, { insight, at })
    }
  }
  return rows.map((row) => newest.get(row.id)?.insight ?? row)
}
