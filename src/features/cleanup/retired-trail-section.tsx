import { Link } from '@tanstack/react-router'
import { Button } from '@/components/button'
import { TimeAgo } from '@/components/time-ago'
import type { RetiredInsight } from './retired-trail-store'

interface RetiredTrailSectionProps {
  projectId: string
  entries: readonly RetiredInsight[]
  busy: boolean
  writable: boolean
  onRestore: (entries: readonly RetiredInsight[]) => void
}

/** "Retired here": what this browser retired, each restorable, because PostHog's lists never show it again. */
export function RetiredTrailSection({ projectId, entries, busy, writable, onRestore }: RetiredTrailSectionProps) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="retired-here-heading" className="mt-8">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="retired-here-heading" className="text-lg font-semibold">
          Retired here ({entries.length})
        </h2>
        {writable && (
          <Button isPending={busy} onPress={() => onRestore(entries)}>
            Restore all
          </Button>
        )}
      </div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Kept in this browser. A restored insight returns to PostHog’s lists; scan again to see it in the groups.
      </p>
      <ul className="flex flex-col divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {entries.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
            <span className="min-w-0">
              <Link
                to="/project/$projectId/insights/$shortId"
                params={{ projectId, shortId: entry.shortId }}
                dir="auto"
                className="font-medium break-words text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
              >
                {entry.name}
              </Link>{' '}
              <span className="text-slate-600 dark:text-slate-400">
                retired <TimeAgo iso={entry.retiredAt} />
              </span>
            </span>
            {writable && (
              <Button
                className="px-2 py-0.5 text-xs"
                isPending={busy}
                aria-label={`Restore ${entry.name}`}
                onPress={() => onRestore([entry])}
              >
                Restore
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
