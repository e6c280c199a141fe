import { useNavigate } from '@tanstack/react-router'
import { useId } from 'react'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'
import type { TrendsSeries } from '@/api/schemas/insight-result'
import type { Interval } from '@/api/schemas/query'
import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import { ThresholdBreachTable } from './threshold-breach-table'
import { ThresholdPointsTable } from './threshold-points-table'
import { chartScale, plottedBounds, seriesDisplayName, thresholdRows } from './threshold-series'
import { formatChange, formatValue } from './threshold-wording'

// Only this tab draws with recharts; loading it lazily keeps it out of every other route's bundle.
const ThresholdChart = lazyComponent(lazyCode(() => import('./threshold-chart').then((module) => module.ThresholdChart)))

interface ThresholdSeriesSectionProps {
  configuration: ThresholdConfiguration
  series: readonly TrendsSeries[]
  interval: Interval
  seriesIndex: number
}

const percentTick = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
const compactTick = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

function ChartPlaceholder() {
  return (
    <div
      role="status"
      aria-label="Loading chart"
      className="h-72 w-full animate-pulse rounded-lg bg-slate-100 sm:h-80 dark:bg-slate-900"
    />
  )
}

export function ThresholdSeriesSection({ configuration, series, interval, seriesIndex }: ThresholdSeriesSectionProps) {
  const navigate = useNavigate({ from: '/project/$projectId/insights/$shortId/thresholds/$thresholdId' })
  const selectId = useId()
  const selected = series[seriesIndex] ?? series[0]
  if (!selected) return null

  const isPercentage = configuration.type === 'percentage'
  const rows = thresholdRows(configuration, selected)
  const bounds = plottedBounds(configuration)
  const breaches = rows.filter((row) => row.breach !== null)
  const fromZero = rows.filter((row) => row.compared !== null && !Number.isFinite(row.compared))
  const name = seriesDisplayName(selected)
  const yLabel = isPercentage ? `Change from the previous ${interval}` : name
  const formatY = isPercentage ? (value: number) => `${percentTick.format(value)}%` : (value: number) => compactTick.format(value)
  const formatBoundWord = (value: number) => (isPercentage ? formatChange(value / 100) : formatValue(value))
  const allowedRange =
    bounds.lower !== null && bounds.upper !== null
      ? `between ${formatBoundWord(bounds.lower)} and ${formatBoundWord(bounds.upper)}`
      : bounds.lower !== null
        ? `from ${formatBoundWord(bounds.lower)} up`
        : bounds.upper !== null
          ? `up to ${formatBoundWord(bounds.upper)}`
          : null
  const subject = isPercentage ? `Change from the previous ${interval} of ${name}` : name
  const summary = `${subject} over ${rows.length} points${allowedRange ? `, with the allowed range ${allowedRange} shaded` : ''}; ${
    breaches.length
  } point${breaches.length === 1 ? '' : 's'} outside the bounds.`

  return (
    <>
      <section aria-labelledby="threshold-series-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h3 id="threshold-series-heading" className="font-semibold">
              {isPercentage ? `Change from the previous ${interval}, against the bounds` : 'Series against the bounds'}
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {isPercentage
                ? `A percentage threshold compares each ${interval}'s change from the ${interval} before, not the value itself, so the line shows that change in percent. `
                : `Each point is the value for one ${interval}. `}
              The shaded band is where no alert fires; triangles mark the points outside it.
            </p>
          </div>
          {series.length > 1 && (
            <div className="flex flex-col gap-1 text-sm">
              <label htmlFor={selectId} className="font-medium">
                Series
              </label>
              <select
                id={selectId}
                value={String(seriesIndex)}
                onChange={(event) => void navigate({ search: { series: Number(event.target.value) }, replace: true })}
                className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
              >
                {series.map((item, index) => (
                  <option key={index} value={index}>
                    {seriesDisplayName(item)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>

        <ThresholdChart
          fallback={<ChartPlaceholder />}
          rows={rows}
          bounds={bounds}
          {...chartScale(rows, bounds)}
          formatY={formatY}
          formatExact={isPercentage ? formatY : formatValue}
          yLabel={yLabel}
          summary={summary}
        />

        {fromZero.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {fromZero.length === 1 ? 'One point rises' : `${fromZero.length} points move`} from 0, which is no finite percentage,
            so {fromZero.length === 1 ? 'it is' : 'they are'} left out of the line; the tables list{' '}
            {fromZero.length === 1 ? 'it' : 'them'}.
          </p>
        )}

        <details className="group rounded-lg border border-slate-200 dark:border-slate-800">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Show the chart’s numbers as a table</summary>
          <div className="border-t border-slate-200 p-3 dark:border-slate-800">
            <ThresholdPointsTable rows={rows} type={configuration.type} seriesName={name} />
          </div>
        </details>
      </section>

      <section aria-labelledby="threshold-breaches-heading" className="space-y-3">
        <h3 id="threshold-breaches-heading" className="font-semibold">
          Breaches ({breaches.length})
        </h3>
        {breaches.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No point of this series is outside the bounds: the alert would not have fired in this range.
          </p>
        ) : (
          <ThresholdBreachTable rows={breaches} type={configuration.type} />
        )}
      </section>
    </>
  )
}
