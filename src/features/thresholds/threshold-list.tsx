import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { BellRing } from 'lucide-react'
import { thresholdQueries } from '@/api/thresholds'
import { EmptyState } from '@/components/empty-state'
import { ThresholdPagination } from './threshold-pagination'
import { formatCreatedDate } from './threshold-dates'
import { describeThresholdRule, thresholdTypeLabel } from './threshold-wording'

interface ThresholdListProps {
  projectId: string
  shortId: string
  limit: number
  offset: number
}

const count = new Intl.NumberFormat('en-US')
const linkClass = 'font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400'

/** The Thresholds tab: every alert bound set on this insight, newest first, a page at a time. */
export function ThresholdList({ projectId, shortId, limit, offset }: ThresholdListProps) {
  const { data } = useSuspenseQuery(thresholdQueries.list(projectId, shortId, { limit, offset }))

  if (data.count === 0) {
    return (
      <EmptyState
        icon={BellRing}
        title="No thresholds on this insight"
        description="A threshold is the range an alert keeps this insight's value in: a lower bound, an upper bound or both, either as a value or as a change from the previous period. When a new value falls outside the range, the alert notifies its subscribers. Thresholds are set when creating an alert in PostHog."
      />
    )
  }

  const page = Math.floor(offset / limit) + 1
  const first = offset + 1
  const last = offset + data.results.length
  const rangeLabel = `${count.format(first)}–${count.format(last)} of ${count.format(data.count)}`

  return (
    <section aria-labelledby="thresholds-heading" className="space-y-4">
      <div>
        <h2 id="thresholds-heading" className="text-lg font-semibold">
          Thresholds
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The bounds this insight’s alerts watch. Open one to see where the data crossed it.
        </p>
      </div>

      {data.results.length === 0 ? (
        <p className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
          This page is past the last threshold.{' '}
          <Link
            to="/project/$projectId/insights/$shortId/thresholds"
            params={{ projectId, shortId }}
            search={{ limit, offset: 0 }}
            className={linkClass}
          >
            Go to the first page
          </Link>
        </p>
      ) : (
        <>
          {/* Phones get one card per threshold: a four-column table would hide the bounds off-screen. */}
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 sm:hidden dark:divide-slate-800 dark:border-slate-800">
            {data.results.map((threshold) => (
              <li key={threshold.id} className="space-y-1 p-3 text-sm">
                <Link
                  to="/project/$projectId/insights/$shortId/thresholds/$thresholdId"
                  params={{ projectId, shortId, thresholdId: threshold.id }}
                  className={`${linkClass} break-words`}
                >
                  {threshold.name || 'Unnamed threshold'}
                </Link>
                <p>{describeThresholdRule(threshold.configuration)}</p>
                <p className="text-slate-600 dark:text-slate-400">
                  {thresholdTypeLabel(threshold.configuration.type)} · created{' '}
                  <time dateTime={threshold.created_at}>{formatCreatedDate(threshold.created_at)}</time>
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 sm:block dark:border-slate-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Thresholds of this insight, {rangeLabel}</caption>
              <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Type
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Bounds
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Created
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {data.results.map((threshold) => (
                  <tr key={threshold.id}>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link
                        to="/project/$projectId/insights/$shortId/thresholds/$thresholdId"
                        params={{ projectId, shortId, thresholdId: threshold.id }}
                        className={`${linkClass} break-words`}
                      >
                        {threshold.name || 'Unnamed threshold'}
                      </Link>
                    </th>
                    <td className="px-3 py-2 whitespace-nowrap">{thresholdTypeLabel(threshold.configuration.type)}</td>
                    <td className="min-w-48 px-3 py-2">{describeThresholdRule(threshold.configuration)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={threshold.created_at}>{formatCreatedDate(threshold.created_at)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <ThresholdPagination
        projectId={projectId}
        shortId={shortId}
        page={page}
        limit={limit}
        count={data.count}
        rangeLabel={data.results.length === 0 ? `${count.format(data.count)} in all` : rangeLabel}
      />
    </section>
  )
}
