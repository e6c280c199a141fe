import { MutationObserver, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { describeError } from '@/api/error-message'
import { insightMutations, tagify } from '@/api/insights'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { tagQueries } from '@/api/tags'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { notify } from '@/components/notify'
import { RadioGroup } from '@/components/radio-group'
import { TagChip } from '@/components/tag-chip'
import { TagEditor } from '@/components/tag-editor'
import {
  failedIds,
  previewBulkTagChange,
  runBulkTagUpdate,
  sameTags,
  tagCounts,
  undoRequests,
  type BulkTagAction,
  type BulkTagOutcome,
} from '@/lib/bulk-tag-plan'
import { bulkTagSender, freshestCopies } from './bulk-tags-run'
import { BulkTagsPreview } from './bulk-tags-preview'
import { InsightProgressBar } from '@/components/insight-progress-bar'
import { useInsightSelection } from './selection-store'
import { useNoteWriteFailure } from '@/api/write-access'

const modes = [
  { value: 'add', label: 'Add' },
  { value: 'remove', label: 'Remove' },
  { value: 'set', label: 'Replace' },
] as const

const editorLabels = { add: 'Tags to add', remove: 'Tags to remove', set: 'New tags' } as const

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

type Updated = BulkTagOutcome['updated']

/** How many of the answered insights actually changed, compared with their tags before. */
function countChanged(before: ReadonlyMap<number, readonly string[]>, updated: Updated): number {
  return updated.filter(({ id, tags }) => !sameTags(before.get(id) ?? [], tags)).length
}

/**
 * Puts the tags of `updated` insights back as they were, as one change: every row shows its old tags at once, as a
 * single edit's Undo would, however many requests it takes. Resolves with what went through. Plain function (not a
 * hook) because the toast's Undo runs after the dialog has closed.
 */
function undoBulkTags(
  client: QueryClient,
  projectId: string,
  before: ReadonlyMap<number, readonly string[]>,
  updated: Updated,
  onProgress?: (done: number, total: number) => void,
): Promise<BulkTagOutcome> {
  return new MutationObserver(client, { ...insightMutations.bulkUpdateTagsTogether(projectId), retry: false }).mutate({
    requests: undoRequests(before, updated),
    onProgress: ({ done, total }) => onProgress?.(done, total),
  })
}

function notifyUndone(outcome: BulkTagOutcome): void {
  const failed = failedIds(outcome).length
  if (failed) {
    const first = outcome.failed[0]?.error
    notify('error', `Could not restore the tags of ${insights(failed)}: ${describeError(first).message}`)
  }
  if (outcome.updated.length) notify('success', `Restored the tags of ${insights(outcome.updated.length)}`)
}

type Phase =
  | { kind: 'edit' }
  | { kind: 'running'; label: string; done: number; total: number }
  | { kind: 'report'; what: 'apply' | 'undo'; outcome: BulkTagOutcome; attempted: number }

interface BulkTagsDialogProps {
  projectId: string
  ids: readonly number[]
  isOpen: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * Add, remove or replace tags on the selected insights. Shows which tags the selection carries and how many of it, says
 * before Apply what will change, applies in batches with a progress bar, reports insights that failed (with Retry), and
 * offers Undo, which puts every changed insight's previous tags back exactly.
 */
export default function BulkTagsDialog({ projectId, ids, isOpen, onOpenChange }: BulkTagsDialogProps) {
  const client = useQueryClient()
  const noteFailure = useNoteWriteFailure('insight')
  const selected = useInsightSelection((state) => state.selected)
  // Taken once when the dialog opens: the counts and Undo refer to the insights as they were before this edit.
  const [rows] = useState<InsightBasic[]>(() =>
    freshestCopies(
      client,
      projectId,
      ids.flatMap((id) => selected.get(id) ?? []),
    ),
  )
  const before = useMemo(() => new Map(rows.map((row) => [row.id, row.tags])), [rows])
  const [action, setAction] = useState<BulkTagAction>('add')
  const [tags, setTags] = useState<string[]>([])
  const [phase, setPhase] = useState<Phase>({ kind: 'edit' })
  /** Every insight answer of this dialog's apply and retries, by id: what Undo restores. */
  const [applied, setApplied] = useState<Updated>([])
  const usage = useQuery(tagQueries.usage(projectId))

  const counts = useMemo(() => tagCounts(rows), [rows])
  const normalized = tagify(tags)
  const preview = previewBulkTagChange(rows, action, normalized)
  const canApply = (action === 'set' || normalized.length > 0) && preview.changing > 0
  const suggestions = action === 'remove' ? counts : (usage.data ?? counts)
  const names = new Map(rows.map((row) => [row.id, insightDisplayName(row)]))

  const close = () => onOpenChange(false)

  const finish = (answers: Updated) => {
    const changed = countChanged(before, answers)
    close()
    if (changed === 0) {
      notify('info', 'No tags changed: the insights already had them')
      return
    }
    notify('success', `Updated tags on ${insights(changed)}`, {
      duration: 10_000,
      action: {
        label: 'Undo',
        onClick: () => void undoBulkTags(client, projectId, before, answers).then(notifyUndone),
      },
    })
  }

  const run = async (targetIds: readonly number[]) => {
    setPhase({ kind: 'running', label: 'Updating tags', done: 0, total: targetIds.length })
    const outcome = await runBulkTagUpdate(
      { ids: [...targetIds], action, tags: normalized },
      bulkTagSender(client, projectId),
      ({ done, total }) => setPhase({ kind: 'running', label: 'Updating tags', done, total }),
    )
    const answered = new Set(outcome.updated.map((update) => update.id))
    const answers = [...applied.filter((update) => !answered.has(update.id)), ...outcome.updated]
    setApplied(answers)
    if (outcome.failed.length === 0) {
      finish(answers)
      return
    }
    noteFailure(outcome.failed[0]?.error)
    setPhase({ kind: 'report', what: 'apply', outcome: { ...outcome, updated: answers }, attempted: rows.length })
  }

  const undo = async (answers: Updated) => {
    const outcome = await undoBulkTags(client, projectId, before, answers, (done, total) =>
      setPhase({ kind: 'running', label: 'Restoring tags', done, total }),
    )
    const restored = new Set([...outcome.updated, ...outcome.skipped].map((entry) => entry.id))
    const left = answers.filter((update) => !restored.has(update.id))
    setApplied(left)
    if (outcome.failed.length === 0) {
      close()
      notifyUndone(outcome)
      return
    }
    noteFailure(outcome.failed[0]?.error)
    setPhase({
      kind: 'report',
      what: 'undo',
      outcome,
      attempted: outcome.updated.length + failedIds(outcome).length + outcome.skipped.length,
    })
  }

  const busy = phase.kind === 'running'

  return (
    <Dialog
      title={`Edit tags of ${insights(ids.length)}`}
      isOpen={isOpen}
      onOpenChange={(open) => {
        // Closing mid-run would hide a half-done change; the run finishes in seconds.
        if (!busy) onOpenChange(open)
      }}
      isDismissable={phase.kind === 'edit'}
      isKeyboardDismissDisabled={busy}
    >
      {phase.kind === 'running' && (
        <div className="flex flex-col gap-3">
          <InsightProgressBar label={phase.label} done={phase.done} total={phase.total} />
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Sent in batches of 100 insights. Keep this window open until it finishes.
          </p>
        </div>
      )}
      {phase.kind === 'report' && (
        <BulkTagsReport
          phase={phase}
          names={names}
          changed={countChanged(before, applied)}
          onRetry={() => {
            if (phase.what === 'apply') void run(failedIds(phase.outcome))
            else void undo(applied)
          }}
          onUndo={() => void undo(applied)}
          onClose={close}
        />
      )}
      {phase.kind === 'edit' && (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            if (canApply) void run(ids)
          }}
        >
          <RadioGroup label="Change" value={action} options={modes} onChange={setAction} orientation="horizontal" />
          <section aria-labelledby="bulk-tags-current" className="flex flex-col gap-1.5">
            <h3 id="bulk-tags-current" className="text-sm font-medium">
              Tags on the selected insights
              {counts.length > 0 && (
                <span className="font-normal text-slate-600 dark:text-slate-400"> · press one to pick it</span>
              )}
            </h3>
            {counts.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None of them has a tag yet.</p>
            ) : (
              <ul className="flex max-h-32 flex-wrap gap-1.5 overflow-y-auto">
                {counts.map(({ name, count }) => {
                  const chosen = normalized.includes(name)
                  return (
                    <li key={name}>
                      <Button
                        variant="ghost"
                        aria-pressed={chosen}
                        aria-label={`${name}: on ${count} of ${rows.length}`}
                        onPress={() => setTags(chosen ? tags.filter((tag) => tagify([tag])[0] !== name) : [...tags, name])}
                        className={`px-1 py-0.5 ${chosen ? 'ring-2 ring-blue-600 dark:ring-blue-400' : ''}`}
                      >
                        <TagChip tag={name} />
                        <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
                          {count}/{rows.length}
                        </span>
                      </Button>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
          <div className="flex flex-col gap-1">
            <span className="text-sm font-medium" aria-hidden>
              {editorLabels[action]}
            </span>
            <TagEditor
              label={editorLabels[action]}
              value={tags}
              onChange={setTags}
              suggestions={suggestions}
              autoFocus
              onSubmit={() => {
                if (canApply) void run(ids)
              }}
            />
          </div>
          {action === 'set' && (
            <p className="text-sm text-amber-800 dark:text-amber-300">
              Replace removes every tag not listed here from the selected insights.
            </p>
          )}
          <div aria-live="polite" className="rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
            <BulkTagsPreview action={action} tags={normalized} preview={preview} total={rows.length} />
          </div>
          <div className="flex justify-end gap-2">
            <Button onPress={close}>Cancel</Button>
            <Button type="submit" variant="primary" isDisabled={!canApply}>
              Apply
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}

interface BulkTagsReportProps {
  phase: Extract<Phase, { kind: 'report' }>
  names: ReadonlyMap<number, string>
  /** Insights whose tags this dialog has changed so far (and not restored): what Undo would put back. */
  changed: number
  onRetry: () => void
  onUndo: () => void
  onClose: () => void
}

/** Shown when a batch failed: what went through, what did not and why, and the ways on from there. */
function BulkTagsReport({ phase, names, changed, onRetry, onUndo, onClose }: BulkTagsReportProps) {
  const { outcome, what, attempted } = phase
  const failed = failedIds(outcome)
  const reason = describeError(outcome.failed[0]?.error)
  const shown = failed.slice(0, 8)
  const done = outcome.updated.length
  return (
    <div className="flex flex-col gap-3 text-sm">
      <div
        role="alert"
        className="flex flex-col gap-1 rounded-lg border border-red-200 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/40"
      >
        <p className="font-semibold text-red-900 dark:text-red-200">
          {what === 'apply'
            ? `Tags updated on ${done} of ${insights(attempted)}; ${failed.length} failed.`
            : `Tags restored on ${done} of ${insights(attempted)}; ${failed.length} failed.`}
        </p>
        <p className="break-words text-red-800 dark:text-red-300">
          {reason.title}: {reason.message} The server refused the batches holding the insights below; the others went through.
        </p>
      </div>
      <div>
        <p className="font-medium">{what === 'apply' ? 'Not updated:' : 'Not restored:'}</p>
        <ul className="mt-1 list-disc pl-5">
          {shown.map((id) => (
            <li key={id} className="break-words">
              {names.get(id) ?? `Insight ${id}`}
            </li>
          ))}
          {failed.length > shown.length && <li>and {failed.length - shown.length} more</li>}
        </ul>
      </div>
      {outcome.skipped.length > 0 && (
        <p className="text-slate-600 dark:text-slate-400">
          {insights(outcome.skipped.length)} no longer {outcome.skipped.length === 1 ? 'exists' : 'exist'} and{' '}
          {outcome.skipped.length === 1 ? 'was' : 'were'} skipped.
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {what === 'apply' && changed > 0 && <Button onPress={onUndo}>Undo {changed} changes</Button>}
        <Button onPress={onClose}>Done</Button>
        <Button variant="primary" onPress={onRetry}>
          Retry {failed.length} failed
        </Button>
      </div>
    </div>
  )
}
