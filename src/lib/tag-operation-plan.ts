import type { BatchProgress } from './batches'
import { runBulkTagUpdate, type BulkTagAnswer, type BulkTagRequest, type TaggedItem } from './bulk-tag-plan'

/*
 * Project-wide tag operations of the tag manager. PostHog has no endpoint that renames a tag, so each operation is a
 * sequence of `bulk_update_tags` steps over the insights that carry the tag. Names are already normalised.
 */

export type TagOperation =
  { kind: 'rename'; from: string; to: string } | { kind: 'merge'; from: string; into: string } | { kind: 'delete'; tag: string }

export interface TagOperationStep {
  action: 'add' | 'remove'
  tag: string
}

/**
 * Rename and merge add the new tag first and remove the old one second, and the second step runs only on the insights
 * the first step is known to have updated. A failure at any point therefore leaves an insight with both tags, never
 * with neither: no insight loses its tag, and running the operation again finishes the job.
 */
export function tagOperationSteps(operation: TagOperation): TagOperationStep[] {
  if (operation.kind === 'delete') return [{ action: 'remove', tag: operation.tag }]
  const target = operation.kind === 'rename' ? operation.to : operation.into
  return [
    { action: 'add', tag: target },
    { action: 'remove', tag: operation.from },
  ]
}

/** The tag an operation takes away from its insights. */
export function sourceTag(operation: TagOperation): string {
  return operation.kind === 'delete' ? operation.tag : operation.from
}

/** The tag an operation leaves on them, if any. */
export function targetTag(operation: TagOperation): string | null {
  if (operation.kind === 'delete') return null
  return operation.kind === 'rename' ? operation.to : operation.into
}

export interface TagOperationPreview {
  /** Insights carrying the source tag: every one of them changes. */
  changing: number
  /** Of those, how many already carry the target tag (they only lose the source). */
  alreadyTarget: number
}

export function previewTagOperation(operation: TagOperation, carriers: readonly TaggedItem[]): TagOperationPreview {
  const target = targetTag(operation)
  const source = sourceTag(operation)
  const changing = carriers.filter((item) => item.tags.includes(source))
  return {
    changing: changing.length,
    alreadyTarget: target === null ? 0 : changing.filter((item) => item.tags.includes(target)).length,
  }
}

/**
 * Why `to` cannot be the new name of `from`, in words, or null when it can. A name already in use is refused rather
 * than silently merged: combining two tags is the Merge action, which says so.
 */
export function renameProblem(from: string, to: string, existing: readonly string[]): string | null {
  if (!to) return 'Enter a new name.'
  if (to === from) return 'The new name is the same as the old one.'
  if (to.length > 255) return 'A tag can have at most 255 characters.'
  if (existing.includes(to)) return `A tag named “${to}” already exists. Use Merge to combine the two.`
  return null
}

export interface TagOperationProgress extends BatchProgress {
  /** 0-based index of the step running. */
  step: number
  steps: number
}

export interface TagOperationOutcome {
  /** Insights on which every step went through. */
  done: number[]
  /**
   * Insights that got the new tag but kept the old one because the removal failed (rename and merge only): both tags
   * are on them until the operation is run again.
   */
  halfway: number[]
  /** Insights nothing happened to, because their first step failed. */
  untouched: number[]
  /** Insights the server no longer found (deleted meanwhile). */
  skipped: number[]
  /** The first failure, to explain the others. */
  error: unknown
}

/** Runs the steps of `operation` over the insights `ids`, each step only on what the previous one updated. */
export async function runTagOperation(
  operation: TagOperation,
  ids: readonly number[],
  send: (body: BulkTagRequest) => Promise<BulkTagAnswer>,
  onProgress?: (progress: TagOperationProgress) => void,
): Promise<TagOperationOutcome> {
  const steps = tagOperationSteps(operation)
  const outcome: TagOperationOutcome = { done: [], halfway: [], untouched: [], skipped: [], error: null }
  let remaining = [...ids]
  for (const [index, step] of steps.entries()) {
    if (remaining.length === 0) break
    const result = await runBulkTagUpdate({ ids: remaining, action: step.action, tags: [step.tag] }, send, (progress) =>
      onProgress?.({ ...progress, step: index, steps: steps.length }),
    )
    const failed = result.failed.flatMap((batch) => batch.ids)
    if (result.failed[0] && outcome.error === null) outcome.error = result.failed[0].error
    if (index === 0) outcome.untouched.push(...failed)
    else outcome.halfway.push(...failed)
    outcome.skipped.push(...result.skipped.map((skip) => skip.id))
    remaining = result.updated.map((update) => update.id)
  }
  outcome.done.push(...remaining)
  return outcome
}
