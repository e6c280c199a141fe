import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { activityKeys } from '@/api/activity'
import { describeError } from '@/api/error-message'
import { bulkUpdateInsightTags, insightKeys } from '@/api/insights'
import { fetchTaggedInsights, tagKeys } from '@/api/tags'
import {
  runTagOperation,
  sourceTag,
  type TagOperation,
  type TagOperationOutcome,
  type TagOperationProgress,
} from '@/lib/tag-operation-plan'
import { useTagChangeLog } from './tag-change-log'

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
