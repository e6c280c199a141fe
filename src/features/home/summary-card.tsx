import { useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { homeQueries, insightKinds } from './home-queries'
import { CardLoading, HomeCard } from './home-card'
import { insightTypeLabels } from '@/components/insight-type-badge'

const number = new Intl.NumberFormat('en-US')

const linkClass =
  'rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-500 text-blue-700 dark:text-blue-300'

function Summary({ projectId }: { projectId: string }) {
  // One hook for all nine counts, so they are requested together (a hook per count would wait for each in turn).
  const summary = useQueries({
    queries: [
      homeQueries.createdThisWeek(projectId),
      ...insightKinds.map((kind) => homeQueries.countByKind(projectId, kind)),
    ].map((query) => ({ ...query, throwOnError: true })),
    combine: ([created, ...byKind]) =>
      created?.data && byKind.every((count) => count.data)
        ? {
            createdThisWeek: created.data.count,
            counts: insightKinds.map((kind, index) => ({ kind, count: byKind[index]?.data?.count ?? 0 })),
          }
        : null,
  })
  if (!summary) return <CardLoading />
  const { createdThisWeek, counts } = summary
  // Every insight has exactly one type, so the types add up to the project's total without another request.
  const total = counts.reduce((sum, { count }) => sum + count, 0)
  const largest = Math.max(1, ...counts.map(({ count }) => count))

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-600 dark:text-slate-400">Insights</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            <Link to="/project/$projectId/insights" params={{ projectId }} className={linkClass}>
              {number.format(total)}
            </Link>
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-600 dark:text-slate-400">Created this week</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            <Link to="/project/$projectId/insights" params={{ projectId }} search={{ createdFrom: '-7d' }} className={linkClass}>
              {number.format(createdThisWeek)}
            </Link>
          </dd>
        </div>
      </dl>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-xs font-medium text-slate-600 dark:text-slate-400">Insights by type</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Insights</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ kind, count }) => (
            <tr key={kind}>
              <th scope="row" className="w-28 py-1 pr-2 text-left font-normal whitespace-nowrap">
                <Link to="/project/$projectId/insights" params={{ projectId }} search={{ type: kind }} className={linkClass}>
                  {insightTypeLabels[kind]}
                </Link>
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div aria-hidden className="h-2 flex-1 rounded-full bg-slate-100 dark:bg-slate-800">
                    <div
                      className="h-2 rounded-full bg-blue-600 dark:bg-blue-400"
                      style={{ width: `${(count / largest) * 100}%` }}
                    />
                  </div>
                  <span className="w-10 text-right tabular-nums">{number.format(count)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** How many insights the project has, of which type, and how many are new this week. */
export function SummaryCard({ projectId }: { projectId: string }) {
  return (
    <HomeCard title="Summary">
      <Summary projectId={projectId} />
    </HomeCard>
  )
}
