import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { activityKeys } from '@/api/activity'
import { describeError } from '@/api/error-message'
import { bulkUpdateInsightTags, insightKeys } from '@/api/insights'
import { fetchTaggedInsights, tagKeys, type TagUsage } from '@/api/tags'
import {
  runTagOperation,
  sourceTag,
  targetTag,
  type TagOperation,
  type TagOperationOutcome,
  type TagOperationProgress,
} from '@/lib/tag-operation-plan'
import { useTagChangeLog } from './tag-change-log'

/** The tag counts after `source` became `target` (or was deleted, `null`) on all its insights. */
function renamedUsage(usage: readonly TagUsage[], source: string, target: string | null): TagUsage[] {
  const moved = usage.find((tag) => tag.name === source)?.count ?? 0
  const rest = usage.filter((tag) => tag.name !== source)
  if (target === null) return rest
  const existing = rest.find((tag) => tag.name === target)
  // A merge's insights that already had the target are counted once by the refetch; until then, at most the sum.
  return existing
    ? rest.map((tag) => (tag === existing ? { ...tag, count: tag.count + moved } : tag))
    : [...rest, { name: target, count: moved }]
}

export type TagOperationState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: TagOperationProgress | null }
  | { kind: 'finished'; outcome: TagOperationOutcome }
  /** Finding the insights that carry the tag failed: nothing was changed. */
  | { kind: 'failed'; error: unknown }

/**
 * Runs a rename, merge or delete over every insight carrying the tag. The carriers are fetched afresh when the run starts
 * (the preview's list may be minutes old), requests go straight to `bulk_update_tags` without optimistic cache edits,
 * and the caches that hold tags are invalidated once at the end rather than after every batch.
 */
export function useTagOperation(projectId: string) {
  const client = useQueryClient()
  const record = useTagChangeLog((state) => state.record)
  const [state, setState] = useState<TagOperationState>({ kind: 'idle' })

  const run = async (operation: TagOperation) => {
    setState({ kind: 'running', progress: null })
    let carriers: number[]
    try {
      carriers = (await fetchTaggedInsights(projectId, sourceTag(operation))).map((insight) => insight.id)
    } catch (error) {
      setState({ kind: 'failed', error })
      return
    }
    const outcome = await runTagOperation(
      operation,
      carriers,
      (body) => bulkUpdateInsightTags(projectId, body),
      (progress) => setState({ kind: 'running', progress }),
    )
    setState({ kind: 'finished', outcome })
    record({
      projectId,
      operation,
      done: outcome.done.length,
      halfway: outcome.halfway.length,
      untouched: outcome.untouched.length,
      failure: outcome.error === null ? null : describeError(outcome.error).message,
    })
    // Finished everywhere: the old name goes from every tag list at once (a Merge opened next must not offer it); the
    // counts are settled by the refetch below, which takes a request per tag.
    if (outcome.untouched.length === 0 && outcome.halfway.length === 0) {
      await client.cancelQueries({ queryKey: tagKeys.list(projectId) })
      const source = sourceTag(operation)
      const target = targetTag(operation)
      client.setQueryData<TagUsage[]>(tagKeys.usage(projectId), (usage) => usage && renamedUsage(usage, source, target))
      client.setQueryData<string[]>(
        tagKeys.list(projectId),
        (names) => names && [...new Set(names.flatMap((name) => (name !== source ? [name] : target === null ? [] : [target])))],
      )
    }
    await Promise.all([
      client.invalidateQueries({ queryKey: tagKeys.list(projectId) }),
      client.invalidateQueries({ queryKey: insightKeys.lists(projectId) }),
      client.invalidateQueries({ queryKey: insightKeys.details(projectId) }),
      client.invalidateQueries({ queryKey: insightKeys.lastViewed(projectId) }),
      client.invalidateQueries({ queryKey: insightKeys.trendingAll(projectId) }),
      client.invalidateQueries({ queryKey: activityKeys.project(projectId) }),
    ])
  }

  return { state, run }
}
