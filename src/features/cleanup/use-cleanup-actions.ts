import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { describeError } from '@/api/error-message'
import { setInsightDeleted } from '@/api/insight-cleanup'
import { bulkUpdateInsightTags, insightKeys } from '@/api/insights'
import { tagKeys } from '@/api/tags'
import { runInBatches } from '@/lib/batches'
import { useRetiredTrail, type RetiredInsight } from './retired-trail-store'
import { writeInBatches, type WriteFailure } from './write-in-batches'

export type CleanupRunKind = 'retire' | 'restore' | 'tag'

/** One insight an action is about, with the name it is reported under. */
export interface ActionTarget {
  id: number
  shortId: string
  name: string
  /** The dashboards it was on, which a restore puts it back on (PostHog's soft delete takes it off them). */
  dashboards?: readonly number[]
}

export interface CleanupRun {
  kind: CleanupRunKind
  status: 'running' | 'done'
  /** Undo of a retire run restores; it is reported as a restore. */
  done: number
  total: number
  succeeded: ActionTarget[]
  failed: (ActionTarget & { message: string })[]
  tag: string
}

/** PostHog accepts up to 500 ids per `bulk_update_tags`; 100 keeps the progress bar moving and a failure small. */
const TAG_BATCH_SIZE = 100

/**
 * The page's writes: retire (PATCH `deleted: true`), restore (`deleted: false`) and tag (`bulk_update_tags`), each in
 * batches with progress. Every retired insight goes into the trail as soon as its batch is confirmed, and leaves it only
 * once its restore is confirmed, so a failure halfway never loses track of one.
 */
export function useCleanupActions(projectId: string) {
  const queryClient = useQueryClient()
  const addToTrail = useRetiredTrail((state) => state.add)
  const removeFromTrail = useRetiredTrail((state) => state.remove)
  const [run, setRun] = useState<CleanupRun | null>(null)

  const start = useCallback(
    /**
     * `earlier`: what a run this one retries already did. A Retry continues that run, so its report and its Undo cover
     * every insight the run changed, not only the ones the Retry finished.
     */
    async (kind: CleanupRunKind, targets: readonly ActionTarget[], tag = '', earlier: readonly ActionTarget[] = []) => {
      // A Retry passes the failures it reports, each with its old reason: only the target goes on, so an insight that
      // succeeds this time is not listed with the message of the attempt that failed.
      const byId = new Map(
        targets.map(({ id, shortId, name, dashboards }) => [id, { id, shortId, name, ...(dashboards && { dashboards }) }]),
      )
      const named = (ids: readonly number[]) => ids.flatMap((id) => byId.get(id) ?? [])
      const withReasons = (failures: readonly WriteFailure[]) =>
        failures.flatMap((failure) => {
          const target = byId.get(failure.id)
          return target ? [{ ...target, message: failure.message }] : []
        })
      setRun({
        kind,
        status: 'running',
        done: earlier.length,
        total: earlier.length + targets.length,
        succeeded: [...earlier],
        failed: [],
        tag,
      })
      const onProgress = ({ done }: { done: number }) =>
        setRun((current) => current && { ...current, done: earlier.length + done })
      const ids = targets.map((target) => target.id)

      let succeeded: number[]
      let failed: WriteFailure[]
      if (kind === 'tag') {
        const outcome = await runInBatches(
          ids,
          TAG_BATCH_SIZE,
          (batch) => bulkUpdateInsightTags(projectId, { action: 'add', tags: [tag], ids: batch }),
          onProgress,
        )
        const skipped = new Set(outcome.answers.flatMap((answer) => answer.skipped.map((skip) => skip.id)))
        const refused = new Set(outcome.failed.flatMap((batch) => batch.items))
        succeeded = ids.filter((id) => !refused.has(id) && !skipped.has(id))
        failed = [
          ...outcome.failed.flatMap((batch) => batch.items.map((id) => ({ id, message: describeError(batch.error).message }))),
          ...[...skipped].map((id) => ({ id, message: 'PostHog skipped it (it may have been deleted meanwhile).' })),
        ]
        void queryClient.invalidateQueries({ queryKey: tagKeys.all })
      } else {
        const retiring = kind === 'retire'
        const retiredAt = new Date().toISOString()
        const outcome = await writeInBatches(ids, (id) => setInsightDeleted(projectId, id, retiring, byId.get(id)?.dashboards), {
          onProgress,
          onBatch: (written) => {
            if (!retiring) return removeFromTrail(projectId, written)
            const entries: RetiredInsight[] = named(written).map((target) => ({
              projectId,
              id: target.id,
              shortId: target.shortId,
              name: target.name,
              dashboards: target.dashboards ?? [],
              retiredAt,
            }))
            addToTrail(entries)
          },
        })
        succeeded = outcome.succeeded
        failed = outcome.failed
      }
      void queryClient.invalidateQueries({ queryKey: insightKeys.lists(projectId) })
      setRun(
        (current) =>
          current && { ...current, status: 'done', succeeded: [...earlier, ...named(succeeded)], failed: withReasons(failed) },
      )
    },
    [addToTrail, projectId, queryClient, removeFromTrail],
  )

  return { run, start, dismiss: useCallback(() => setRun(null), []) }
}
