import { Link } from '@tanstack/react-router'
import { TimeAgo } from '@/components/time-ago'
import { sourceTag, targetTag, type TagOperation } from '@/lib/tag-operation-plan'
import { useTagChangeLog, type TagChange } from './tag-change-log'

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

const linkClass = 'text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300'

function describe(operation: TagOperation): string {
  if (operation.kind === 'delete') return `Deleted “${operation.tag}”`
  if (operation.kind === 'rename') return `Renamed “${operation.from}” to “${operation.to}”`
  return `Merged “${operation.from}” into “${operation.into}”`
}

function outcome(change: TagChange): string {
  const parts = [`${insights(change.done)} changed`]
  if (change.untouched) parts.push(`${change.untouched} not changed`)
  if (change.halfway) parts.push(`${change.halfway} left with both tags`)
  return parts.join(', ')
}

/**
 * What the tag manager changed during this visit, newest first, each with its counts and failures and a way to the
 * lasting record: the activity log, and the insights now carrying the tag.
 */
export function TagChangeTrail({ projectId }: { projectId: string }) {
  const changes = useTagChangeLog((state) => state.changes).filter((change) => change.projectId === projectId)
  if (changes.length === 0) return null
  return (
    <section aria-labelledby="tag-changes-heading" className="mb-6">
      <h2 id="tag-changes-heading" className="mb-2 text-lg font-semibold">
        Changes made here
      </h2>
      <ol className="flex flex-col gap-2 text-sm">
        {changes.map((change) => {
          const tag = targetTag(change.operation) ?? sourceTag(change.operation)
          return (
            <li
              key={change.id}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800"
            >
              <span className="font-medium">{describe(change.operation)}</span>
              <span className={change.failure ? 'text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}>
                {outcome(change)}
                {change.failure && ` (${change.failure})`}
              </span>
              <span className="text-slate-600 dark:text-slate-400">
                <TimeAgo iso={change.at} />
              </span>
              <span className="ml-auto flex gap-3">
                <Link to="/project/$projectId/activity" params={{ projectId }} className={linkClass}>
                  Activity
                </Link>
                <Link to="/project/$projectId/insights" params={{ projectId }} search={{ tags: [tag] }} className={linkClass}>
                  Insights tagged “{tag}”
                </Link>
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
