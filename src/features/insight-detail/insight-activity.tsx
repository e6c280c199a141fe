import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { History } from 'lucide-react'
import { insightQueries } from '@/api/insights'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { ActivityChanges } from '@/components/activity-diff/activity-changes'
import { EmptyState } from '@/components/empty-state'
import { ACTIVITY_PAGE_SIZE, insightActivityPage } from './activity-search'
import { userName } from './format'
import { RelativeTime } from './relative-time'

function who(entry: ActivityLogEntry): string {
  if (entry.is_system || !entry.user) return 'System'
  return userName(entry.user)
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .map((word) => word.charAt(0))
      .join('')
      .slice(0, 2)
      .toUpperCase() || '?'
  )
}

function ActivityItem({ entry }: { entry: ActivityLogEntry }) {
  const name = who(entry)
  const changes = entry.detail.changes ?? []
  const fields = changes.map((change) => change.field).filter(Boolean)
  return (
    <li className="flex gap-3 py-4">
      <span
        aria-hidden
        className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold dark:bg-slate-700"
      >
        {initials(name)}
      </span>
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm break-words">
          <span className="font-medium">{name}</span> {entry.activity}
          {entry.activity === 'updated' && fields.length > 0 && ` ${fields.join(', ')}`}
          <span className="text-slate-500 dark:text-slate-400">
            {' · '}
            <RelativeTime iso={entry.created_at} />
          </span>
        </p>
        <ActivityChanges changes={changes} />
      </div>
    </li>
  )
}

interface InsightActivityProps {
  projectId: string
  shortId: string
  page: number
}

/** The Activity tab: the insight's history, newest first, a page at a time. */
export function InsightActivity({ projectId, shortId, page }: InsightActivityProps) {
  const { data: insight } = useSuspenseQuery(insightQueries.detail(projectId, shortId))
  const { data } = useSuspenseQuery(insightActivityPage(projectId, insight.id, page))
  const pages = Math.max(1, Math.ceil(data.total_count / ACTIVITY_PAGE_SIZE))

  if (data.total_count === 0) {
    return <EmptyState icon={History} title="No activity yet" description="Changes to this insight will be listed here." />
  }

  const pageLink = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium dark:border-slate-700'
  return (
    <section aria-labelledby="insight-activity-title">
      <h2 id="insight-activity-title" className="sr-only">
        Activity
      </h2>
      {data.results.length === 0 ? (
        <p className="py-6 text-sm text-slate-600 dark:text-slate-400">This page is past the end of the history.</p>
      ) : (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {data.results.map((entry) => (
            <ActivityItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      <nav aria-label="Activity pages" className="mt-2 flex items-center justify-between gap-2">
        <span className="text-sm text-slate-600 dark:text-slate-400">
          Page {page} of {pages} · {data.total_count} {data.total_count === 1 ? 'entry' : 'entries'}
        </span>
        <span className="flex gap-2">
          {page > 1 && (
            <Link
              to="/project/$projectId/insights/$shortId/activity"
              params={{ projectId, shortId }}
              search={{ page: Math.min(page - 1, pages) }}
              className={pageLink}
            >
              Newer
            </Link>
          )}
          {page < pages && (
            <Link
              to="/project/$projectId/insights/$shortId/activity"
              params={{ projectId, shortId }}
              search={{ page: page + 1 }}
              className={pageLink}
            >
              Older
            </Link>
          )}
        </span>
      </nav>
    </section>
  )
}
