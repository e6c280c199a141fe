import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { History } from 'lucide-react'
import { activityQueries } from '@/api/activity'
import { insightQueries } from '@/api/insights'
import { ActivityEntry } from '@/components/activity-entry'
import { EmptyState } from '@/components/empty-state'
import { ACTIVITY_PAGE_SIZE } from './activity-search'

/**
 * The activity query of one page; the route's loader and the tab read the same one. Here, not beside the URL's schema,
 * which the app's entry carries: the activity API and its schemas load with the tab.
 */
export const insightActivityPage = (projectId: string, insightId: number, page: number) =>
  activityQueries.insight(projectId, insightId, { page, limit: ACTIVITY_PAGE_SIZE })

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
            <ActivityEntry key={entry.id} entry={entry} />
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
