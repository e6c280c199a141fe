import { ArrowDownRight, ArrowUpRight } from 'lucide-react'
import type { NumberComparison } from './chart-data'
import { formatNumber, formatPercent } from './format'

/**
 * PostHog's BoldNumber: one big figure and, when the insight compares periods, how it changed from the previous one.
 * Plain HTML (no chart code), so it paints with the page.
 */
export function BoldNumber({ comparison, label }: { comparison: NumberComparison; label: string }) {
  const { current } = comparison
  return (
    <div className="flex min-h-60 flex-col items-center justify-center gap-2 rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800">
      <p className="text-6xl font-bold tracking-tight break-all tabular-nums md:text-7xl">
        {current === null ? '–' : formatNumber(current)}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
      {comparison.compared && <ComparisonLine comparison={comparison} />}
    </div>
  )
}

function ComparisonLine({ comparison }: { comparison: NumberComparison }) {
  const { previous, change } = comparison
  if (previous === null) return <p className="text-sm text-slate-600 dark:text-slate-400">No data for the previous period</p>
  if (change === null || change === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {change === 0 ? 'No change' : 'Not comparable'} from the previous period ({formatNumber(previous)})
      </p>
    )
  const up = change > 0
  const Icon = up ? ArrowUpRight : ArrowDownRight
  return (
    <p
      className={`inline-flex items-center gap-1 text-sm font-medium ${up ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'}`}
    >
      <Icon aria-hidden className="size-4" />
      {formatPercent(Math.abs(change))} {up ? 'increase' : 'decrease'} from the previous period ({formatNumber(previous)})
    </p>
  )
}
