import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { elementQueries } from '@/api/elements'
import type { ElementStat } from '@/api/schemas/element'
import { ErrorState } from '@/components/error-state'
import { Switch } from '@/components/switch'
import { elementLabel, statsEvents } from './element-filters'
import type { ElementSearch } from './element-search'

/** The summary is a glance, not the full ranking. */
const SHOWN_CHAINS = 5

const countFormat = new Intl.NumberFormat('en-US')

const eventLabels: Readonly<Record<string, string>> = {
  $autocapture: 'Click',
  $rageclick: 'Rage click',
  $dead_click: 'Dead click',
}

const eventStyles: Readonly<Record<string, string>> = {
  $autocapture: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  $rageclick: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  $dead_click: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
}

/** A chain from the clicked element outwards: `button.btn “Buy” in div.card`. */
function chainText(stat: ElementStat): string {
  const [clicked, ...parents] = stat.elements
  if (!clicked) return '(no element)'
  const parent = parents[0]
  return parent ? `${elementLabel(clicked)} in ${elementLabel(parent)}` : elementLabel(clicked)
}

interface ElementStatsSummaryProps {
  projectId: string
  search: ElementSearch
  onToggle: (patch: Pick<ElementSearch, 'rageclicks' | 'deadclicks'>) => void
}

/** The most clicked element chains with their counts, optionally counting rage and dead clicks too. */
export function ElementStatsSummary({ projectId, search, onToggle }: ElementStatsSummaryProps) {
  // The previous counts stay (dimmed) while a toggle's new ones load, instead of the section collapsing.
  const stats = useQuery({
    ...elementQueries.stats(projectId, { include: statsEvents(search) }),
    placeholderData: keepPreviousData,
  })
  const top = (stats.data ?? []).slice(0, SHOWN_CHAINS)
  const highest = top[0]?.count ?? 0

  return (
    <section aria-labelledby="element-stats-title" className="mb-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="element-stats-title" className="font-semibold">
          Most clicked
        </h2>
        <div className="flex flex-wrap gap-4">
          <Switch isSelected={search.rageclicks ?? false} onChange={(on) => onToggle({ rageclicks: on || undefined })}>
            Rage clicks
          </Switch>
          <Switch isSelected={search.deadclicks ?? false} onChange={(on) => onToggle({ deadclicks: on || undefined })}>
            Dead clicks
          </Switch>
        </div>
      </div>
      {stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retryLabel="Retry" />
      ) : stats.isPending ? (
        // As tall as the chains it waits for (five rows of 30 px): the table below stays put when they come.
        <p className="min-h-[182px] text-sm text-slate-600 dark:text-slate-400">Counting clicks…</p>
      ) : top.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No clicks recorded for these events.</p>
      ) : (
        <ol className={`space-y-2 ${stats.isFetching ? 'opacity-60' : ''}`} aria-busy={stats.isFetching}>
          {top.map((stat, index) => (
            <li key={index} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 text-sm">
              <span className="flex min-w-0 items-center gap-2">
                <span
                  className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${eventStyles[stat.type ?? '$autocapture'] ?? eventStyles.$autocapture}`}
                >
                  {eventLabels[stat.type ?? '$autocapture'] ?? stat.type}
                </span>
                <code className="truncate font-mono text-xs" title={chainText(stat)}>
                  {chainText(stat)}
                </code>
              </span>
              <span className="text-right font-medium tabular-nums">
                {countFormat.format(stat.count)}
                <span className="sr-only"> {stat.count === 1 ? 'click' : 'clicks'}</span>
              </span>
              <span aria-hidden className="col-span-2 h-1.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800">
                <span
                  className="block h-full rounded-full bg-blue-500"
                  style={{ width: `${highest > 0 ? Math.max(2, (stat.count / highest) * 100) : 0}%` }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
