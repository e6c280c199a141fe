import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { describeError } from '@/api/error-message'
import { tagify } from '@/api/insights'
import { taggedInsightsQuery, type TagUsage } from '@/api/tags'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { ErrorState } from '@/components/error-state'
import { TagChip } from '@/components/tag-chip'
import { TextField } from '@/components/text-field'
import {
  previewTagOperation,
  renameProblem,
  sourceTag,
  tagOperationSteps,
  targetTag,
  type TagOperation,
  type TagOperationOutcome,
} from '@/lib/tag-operation-plan'
import { InsightProgressBar } from '@/components/insight-progress-bar'
import { useTagOperation, type TagOperationState } from './use-tag-operation'

export type TagOperationKind = TagOperation['kind']

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

const titles = { rename: 'Rename tag', merge: 'Merge tag', delete: 'Delete tag' } as const
const verbs = { rename: 'Rename', merge: 'Merge', delete: 'Delete tag' } as const

const linkClass = 'font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300'

interface TagOperationDialogProps {
  projectId: string
  kind: TagOperationKind
  tag: TagUsage
  /** Every tag of the project: merge targets, and names a rename may not take. */
  allTags: readonly TagUsage[]
  onOpenChange: (open: boolean) => void
}

/**
 * Rename, merge or delete one tag on every insight that carries it: says beforehand how many insights change, runs the
 * `bulk_update_tags` steps with a progress bar, and ends with what changed, what did not and where to see it.
 */
export function TagOperationDialog({ projectId, kind, tag, allTags, onOpenChange }: TagOperationDialogProps) {
  const [newName, setNewName] = useState('')
  const [into, setInto] = useState('')
  const { state, run } = useTagOperation(projectId)
  const carriers = useQuery(taggedInsightsQuery(projectId, tag.name))

  const normalizedName = tagify([newName])[0] ?? ''
  const problem =
    kind === 'rename'
      ? renameProblem(
          tag.name,
          normalizedName,
          allTags.map((other) => other.name),
        )
      : null
  const operation: TagOperation | null =
    kind === 'delete'
      ? { kind, tag: tag.name }
      : kind === 'rename'
        ? problem === null
          ? { kind, from: tag.name, to: normalizedName }
          : null
        : into
          ? { kind, from: tag.name, into }
          : null
  const preview = operation && carriers.data ? previewTagOperation(operation, carriers.data) : null
  const busy = state.kind === 'running'
  const close = () => onOpenChange(false)

  /** The operation as it was when started: the form's value changes under it once the tag list refreshes. */
  const [started, setStarted] = useState<TagOperation | null>(null)

  const submit = () => {
    if (!operation || !preview || preview.changing === 0 || busy) return
    setStarted(operation)
    void run(operation)
  }
  const runAgain = () => {
    if (started && !busy) void run(started)
  }

  return (
    <Dialog
      title={`${titles[kind]} “${tag.name}”`}
      role={kind === 'delete' && state.kind === 'idle' ? 'alertdialog' : 'dialog'}
      isOpen
      onOpenChange={(open) => {
        if (!busy) onOpenChange(open)
      }}
      isDismissable={state.kind === 'idle'}
      isKeyboardDismissDisabled={busy}
    >
      {state.kind === 'running' && <OperationProgress state={state} operation={started} />}
      {state.kind === 'failed' && (
        <div className="flex flex-col gap-3">
          <ErrorState error={state.error} onRetry={runAgain} retryLabel="Try again" />
          <p className="text-sm">Nothing was changed: the insights carrying the tag could not be listed.</p>
          <div className="flex justify-end">
            <Button onPress={close}>Done</Button>
          </div>
        </div>
      )}
      {state.kind === 'finished' && started && (
        <OperationReport
          projectId={projectId}
          operation={started}
          outcome={state.outcome}
          onRunAgain={runAgain}
          onClose={close}
        />
      )}
      {state.kind === 'idle' && (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          {kind === 'rename' && (
            <TextField
              label="New name"
              value={newName}
              onChange={setNewName}
              autoFocus
              description={
                normalizedName && normalizedName !== newName.trim()
                  ? `Saved as “${normalizedName}”: tags are stored in lower case.`
                  : 'Every insight tagged with the old name gets the new one.'
              }
              errorMessage={newName.trim() && problem ? problem : undefined}
            />
          )}
          {kind === 'merge' && <MergeTargetSelect tag={tag} allTags={allTags} value={into} onChange={setInto} />}
          <div aria-live="polite" className="rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
            {carriers.isError ? (
              <ErrorState error={carriers.error} onRetry={() => void carriers.refetch()} retryLabel="Count again" />
            ) : !carriers.data ? (
              <p>Counting the insights tagged “{tag.name}”…</p>
            ) : preview === null || operation === null ? (
              <p>
                <TagChip tag={tag.name} /> is on {insights(carriers.data.length)}.
              </p>
            ) : (
              <OperationPreview operation={operation} changing={preview.changing} alreadyTarget={preview.alreadyTarget} />
            )}
          </div>
          <div className="flex justify-end gap-2">
            <Button onPress={close}>Cancel</Button>
            <Button
              type="submit"
              variant={kind === 'delete' ? 'danger' : 'primary'}
              isDisabled={!preview || preview.changing === 0}
            >
              {verbs[kind]}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}

function MergeTargetSelect({
  tag,
  allTags,
  value,
  onChange,
}: {
  tag: TagUsage
  allTags: readonly TagUsage[]
  value: string
  onChange: (name: string) => void
}) {
  const targets = allTags.filter((other) => other.name !== tag.name).sort((a, b) => a.name.localeCompare(b.name))
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="merge-target" className="text-sm font-medium">
        Merge into
      </label>
      <select
        id="merge-target"
        value={value}
        autoFocus
        onChange={(event) => onChange(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500 dark:border-slate-700 dark:bg-slate-900"
      >
        <option value="">Choose a tag…</option>
        {targets.map((target) => (
          <option key={target.name} value={target.name}>
            {target.name} ({insights(target.count)})
          </option>
        ))}
      </select>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Insights tagged “{tag.name}” get the chosen tag instead; “{tag.name}” disappears.
      </p>
    </div>
  )
}

function OperationPreview({
  operation,
  changing,
  alreadyTarget,
}: {
  operation: TagOperation
  changing: number
  alreadyTarget: number
}) {
  const source = <TagChip tag={sourceTag(operation)} />
  const target = targetTag(operation)
  if (changing === 0) return <p>No insight carries {source} any more: nothing to change.</p>
  if (operation.kind === 'delete')
    return (
      <p>
        {source} will be removed from {insights(changing)}. Their other tags stay.
      </p>
    )
  if (operation.kind === 'rename')
    return (
      <p>
        {insights(changing)} will have {source} renamed to <TagChip tag={operation.to} />.
      </p>
    )
  return (
    <p>
      {insights(changing)} will move from {source} to <TagChip tag={target ?? ''} />
      {alreadyTarget > 0 && (
        <>
          ; {alreadyTarget} of them already {alreadyTarget === 1 ? 'has' : 'have'} it
        </>
      )}
      . {source} will no longer exist.
    </p>
  )
}

function OperationProgress({
  state,
  operation,
}: {
  state: Extract<TagOperationState, { kind: 'running' }>
  operation: TagOperation | null
}) {
  const { progress } = state
  if (!progress || !operation) return <p role="status">Finding the insights that carry the tag…</p>
  const step = tagOperationSteps(operation)[progress.step]
  const doing = step ? `${step.action === 'add' ? 'adding' : 'removing'} “${step.tag}”` : ''
  const label =
    progress.steps > 1 ? `Step ${progress.step + 1} of ${progress.steps}: ${doing}` : `Removing “${sourceTag(operation)}”`
  return (
    <div className="flex flex-col gap-3">
      <InsightProgressBar label={label} done={progress.done} total={progress.total} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Sent in batches of 100 insights. Keep this window open until it finishes.
      </p>
    </div>
  )
}

const pastTense = (operation: TagOperation) =>
  operation.kind === 'delete'
    ? `Removed “${operation.tag}” from`
    : operation.kind === 'rename'
      ? `Renamed “${operation.from}” to “${operation.to}” on`
      : `Merged “${operation.from}” into “${operation.into}” on`

function OperationReport({
  projectId,
  operation,
  outcome,
  onRunAgain,
  onClose,
}: {
  projectId: string
  operation: TagOperation
  outcome: TagOperationOutcome
  onRunAgain: () => void
  onClose: () => void
}) {
  const failed = outcome.untouched.length + outcome.halfway.length
  const target = targetTag(operation)
  const source = sourceTag(operation)
  const listTag = target ?? source
  return (
    <div className="flex flex-col gap-3 text-sm">
      <div role={failed ? 'alert' : 'status'} className="flex flex-col gap-1">
        <p className="font-semibold">
          {pastTense(operation)} {insights(outcome.done.length)}.
        </p>
        {outcome.untouched.length > 0 && (
          <p className="text-red-800 dark:text-red-300">
            {insights(outcome.untouched.length)} could not be changed and still {outcome.untouched.length === 1 ? 'has' : 'have'}{' '}
            only “{source}”.
          </p>
        )}
        {outcome.halfway.length > 0 && (
          <p className="text-red-800 dark:text-red-300">
            {insights(outcome.halfway.length)} got “{target}” but kept “{source}”: removing it failed. No tag was lost.
          </p>
        )}
        {failed > 0 && (
          <p className="text-red-800 dark:text-red-300">
            {describeError(outcome.error).title}: {describeError(outcome.error).message} Running it again finishes the job.
          </p>
        )}
        {outcome.skipped.length > 0 && (
          <p className="text-slate-600 dark:text-slate-400">
            {insights(outcome.skipped.length)} had been deleted meanwhile and {outcome.skipped.length === 1 ? 'was' : 'were'}{' '}
            skipped.
          </p>
        )}
      </div>
      <p>
        Each changed insight has an entry in the{' '}
        <Link to="/project/$projectId/activity" params={{ projectId }} className={linkClass}>
          activity log
        </Link>
        .{' '}
        <Link to="/project/$projectId/insights" params={{ projectId }} search={{ tags: [listTag] }} className={linkClass}>
          Show the insights tagged “{listTag}”
        </Link>
      </p>
      <div className="flex justify-end gap-2">
        <Button onPress={onClose} autoFocus={failed === 0}>
          Done
        </Button>
        {failed > 0 && (
          <Button variant="primary" onPress={onRunAgain} autoFocus>
            Run again
          </Button>
        )}
      </div>
    </div>
  )
}
