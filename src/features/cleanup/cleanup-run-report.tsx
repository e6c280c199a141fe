import { Button } from '@/components/button'
import { InsightProgressBar } from '@/components/insight-progress-bar'
import type { ActionTarget, CleanupRun } from './use-cleanup-actions'

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

const verbs = {
  retire: { running: 'Retiring', done: 'Retired', failed: 'could not be retired' },
  restore: { running: 'Restoring', done: 'Restored', failed: 'could not be restored' },
  tag: { running: 'Tagging', done: 'Tagged', failed: 'could not be tagged' },
} as const

interface CleanupRunReportProps {
  run: CleanupRun
  /** Resends the run's failures as a continuation of it (see `useCleanupActions`). */
  onRetry: (run: CleanupRun) => void
  onUndo: (targets: readonly ActionTarget[]) => void
  onDismiss: () => void
}

/** Progress of a batched action, then its outcome: what went through, what failed and why, Retry and Undo. */
export function CleanupRunReport({ run, onRetry, onUndo, onDismiss }: CleanupRunReportProps) {
  const verb = verbs[run.kind]
  return (
    <section
      aria-label="Last action"
      className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
    >
      {run.status === 'running' ? (
        <InsightProgressBar label={`${verb.running} ${insights(run.total)}`} done={run.done} total={run.total} />
      ) : (
        <>
          <p role="status">
            {verb.done} {insights(run.succeeded.length)}
            {run.kind === 'tag' && run.tag ? ` with “${run.tag}”` : ''}.
            {run.failed.length > 0 && ` ${insights(run.failed.length)} ${verb.failed}.`}
          </p>
          {run.failed.length > 0 && (
            <ul aria-label="Failures" className="flex max-h-48 flex-col gap-1 overflow-y-auto text-red-800 dark:text-red-300">
              {run.failed.map((failure) => (
                <li key={failure.id}>
                  <span dir="auto" className="font-medium">
                    {failure.name}
                  </span>
                  : {failure.message}
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap gap-2">
            {run.failed.length > 0 && (
              <Button variant="primary" onPress={() => onRetry(run)}>
                Retry {insights(run.failed.length)}
              </Button>
            )}
            {run.kind === 'retire' && run.succeeded.length > 0 && <Button onPress={() => onUndo(run.succeeded)}>Undo</Button>}
            <Button variant="ghost" onPress={onDismiss}>
              Dismiss
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
