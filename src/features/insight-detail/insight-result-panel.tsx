import { BarChart3, Table2 } from 'lucide-react'
import { lazy, Suspense, useState } from 'react'
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import type { Insight } from '@/api/schemas/insight'
import { readInsightResult, type InsightResultView, type LifecycleSeries, type TrendsSeries } from '@/api/schemas/insight-result'
import { insightKind } from '@/api/schemas/query'
import { EmptyState } from '@/components/empty-state'
import { funnelViews, seriesName } from './chart-data'
import { chartDisplays, type ChartDisplay, type ThresholdLine } from './chart-types'
import { colorOfSeries } from './charts/chart-theme'
import { formatDuration, formatNumber, formatPercent, kindLabels } from './format'
import { FunnelTable, JsonResult, PathsTable, RetentionTable, SeriesTable, SqlTable } from './result-tables'
import { loadInsightChart } from './load-insight-chart'

// recharts is fetched only for the Overview tab, so neither the list route nor the other tabs pay for it.
const InsightChart = lazy(loadInsightChart)

const displayLabels: Record<ChartDisplay, string> = { line: 'Line', bar: 'Bar', area: 'Area' }

/** PostHog's `trendsFilter.display` names the saved chart type; anything else draws lines. */
export function savedDisplay(insight: Insight): ChartDisplay {
  const source: unknown = insight.query && 'source' in insight.query ? insight.query.source : undefined
  const filter: unknown =
    typeof source === 'object' && source !== null && 'trendsFilter' in source ? source.trendsFilter : undefined
  const display: unknown = typeof filter === 'object' && filter !== null && 'display' in filter ? filter.display : undefined
  if (display === 'ActionsBar' || display === 'ActionsBarValue' || display === 'ActionsStackedBar') return 'bar'
  if (display === 'ActionsAreaGraph') return 'area'
  return 'line'
}

const toggleClass =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-sm outline-none data-hovered:bg-slate-50 data-selected:border-blue-600 data-selected:bg-blue-50 data-selected:text-blue-800 dark:border-slate-700 dark:data-hovered:bg-slate-800 dark:data-selected:border-blue-400 dark:data-selected:bg-blue-950 dark:data-selected:text-blue-200'

function SeriesLegend({
  series,
  hidden,
  onToggle,
}: {
  series: readonly (TrendsSeries | LifecycleSeries)[]
  hidden: ReadonlySet<number>
  onToggle: (index: number) => void
}) {
  return (
    <div role="group" aria-label="Series shown in the chart" className="flex flex-wrap gap-2">
      {series.map((item, index) => {
        const color = colorOfSeries(item, index)
        return (
          <ToggleButton
            key={index}
            isSelected={!hidden.has(index)}
            onChange={() => onToggle(index)}
            className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-0.5 text-xs outline-none data-hovered:bg-slate-50 not-data-selected:text-slate-400 not-data-selected:line-through dark:border-slate-700 dark:data-hovered:bg-slate-800 dark:not-data-selected:text-slate-500"
          >
            <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ background: color }} />
            <span className="break-all">{seriesName(item)}</span>
          </ToggleButton>
        )
      })}
    </div>
  )
}

function FunnelSummary({ view }: { view: Extract<InsightResultView, { kind: 'FUNNELS' }> }) {
  const [first] = funnelViews(view.steps)
  if (!first) return null
  const last = first.steps.at(-1)
  return (
    <ol className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4" aria-label="Funnel steps">
      {first.steps.map((step, index) => (
        <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="font-medium break-words">
            {index + 1}. {step.name}
          </p>
          <p className="text-slate-600 dark:text-slate-400">{formatNumber(step.count)} people</p>
          {index > 0 && (
            <p className="text-slate-600 dark:text-slate-400">
              {formatPercent(step.conversionFromPrevious)} converted, {formatPercent(step.dropOffRate)} dropped off · avg{' '}
              {formatDuration(step.averageConversionTime)}
            </p>
          )}
        </li>
      ))}
      {last && first.steps.length > 1 && (
        <li className="sr-only">Overall conversion {formatPercent(last.conversionFromStart)}</li>
      )}
    </ol>
  )
}

function chartDescription(view: Exclude<InsightResultView, { kind: 'unavailable' }>, name: string): string {
  if (view.kind === 'TRENDS' || view.kind === 'STICKINESS' || view.kind === 'LIFECYCLE')
    return `${kindLabels[view.kind]} chart of ${name}: ${view.series.length} series over ${view.series[0]?.data.length ?? 0} points.`
  if (view.kind === 'FUNNELS') return `Funnel chart of ${name}. Use "Show as table" for the exact numbers.`
  if (view.kind === 'PATHS') return `Paths chart of ${name}: ${view.links.length} links between pages.`
  return `${kindLabels[view.kind]} result of ${name}.`
}

export interface InsightResultPanelProps {
  insight: Insight
  name: string
  thresholds: readonly ThresholdLine[]
  percentageThresholds: number
  display: ChartDisplay
  showTable: boolean
  onDisplayChange: (display: ChartDisplay) => void
  onShowTableChange: (showTable: boolean) => void
  isRefreshing: boolean
}

/** The insight's result: its chart (or table), the display switch, the series legend and "Show as table". */
export function InsightResultPanel({
  insight,
  name,
  thresholds,
  percentageThresholds,
  display,
  showTable,
  onDisplayChange,
  onShowTableChange,
  isRefreshing,
}: InsightResultPanelProps) {
  const kind = insightKind(insight.query)
  const view = readInsightResult(kind, insight.result, insight.columns)
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set())

  if (view.kind === 'unavailable') {
    return (
      <EmptyState
        icon={BarChart3}
        title="No result to show"
        description="This insight has no computed result in the expected shape. Refresh it to calculate the result again."
      />
    )
  }

  const caption = `${kindLabels[view.kind]} result of ${name}`
  const hasChart = view.kind !== 'SQL' && view.kind !== 'JSON'
  const toggleSeries = (index: number) =>
    setHidden((current) => {
      const next = new Set(current)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  return (
    <section aria-label="Result" aria-busy={isRefreshing} className={`space-y-3 ${isRefreshing ? 'opacity-60' : ''}`}>
      {hasChart && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {view.kind === 'TRENDS' && !showTable ? (
            <ToggleButtonGroup
              aria-label="Chart type"
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={[display]}
              onSelectionChange={(keys) => {
                const next = chartDisplays.find((item) => keys.has(item))
                if (next) onDisplayChange(next)
              }}
              className="flex gap-1"
            >
              {chartDisplays.map((item) => (
                <ToggleButton key={item} id={item} className={toggleClass}>
                  {displayLabels[item]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          ) : null}
          <ToggleButton isSelected={showTable} onChange={onShowTableChange} className={`${toggleClass} ml-auto`}>
            <Table2 aria-hidden className="size-4" />
            Show as table
          </ToggleButton>
        </div>
      )}
      {(view.kind === 'TRENDS' || view.kind === 'STICKINESS' || view.kind === 'LIFECYCLE') && !showTable && (
        <SeriesLegend series={view.series} hidden={hidden} onToggle={toggleSeries} />
      )}
      <ResultBody
        view={view}
        caption={caption}
        description={chartDescription(view, name)}
        showTable={showTable}
        display={display}
        hidden={hidden}
        thresholds={thresholds}
      />
      {view.kind === 'FUNNELS' && !showTable && <FunnelSummary view={view} />}
      {view.kind === 'TRENDS' && (thresholds.length > 0 || percentageThresholds > 0) && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {thresholds.length > 0 && `Threshold bounds: ${thresholds.map((line) => line.label).join('; ')}. `}
          {percentageThresholds > 0 &&
            `${percentageThresholds} percentage threshold${percentageThresholds === 1 ? '' : 's'} bound the change between periods and are not drawn.`}
        </p>
      )}
    </section>
  )
}

function ResultBody({
  view,
  caption,
  description,
  showTable,
  display,
  hidden,
  thresholds,
}: {
  view: Exclude<InsightResultView, { kind: 'unavailable' }>
  caption: string
  description: string
  showTable: boolean
  display: ChartDisplay
  hidden: ReadonlySet<number>
  thresholds: readonly ThresholdLine[]
}) {
  switch (view.kind) {
    case 'SQL':
      return <SqlTable columns={view.columns} rows={view.rows} caption={caption} />
    case 'JSON':
      return <JsonResult value={view.value} caption={caption} />
    case 'RETENTION':
      return <RetentionTable cohorts={view.cohorts} caption={caption} shaded={!showTable} />
    default:
      break
  }
  if (showTable) {
    if (view.kind === 'FUNNELS') return <FunnelTable views={funnelViews(view.steps)} caption={caption} />
    if (view.kind === 'PATHS') return <PathsTable links={view.links} caption={caption} />
    return <SeriesTable series={view.series} caption={caption} pointLabel={view.kind === 'STICKINESS' ? 'Period' : 'Date'} />
  }
  return (
    <Suspense
      fallback={
        <div
          role="status"
          aria-label="Loading chart"
          className="h-80 animate-pulse rounded-lg bg-slate-100 md:h-96 dark:bg-slate-900"
        />
      }
    >
      <InsightChart view={view} display={display} hiddenSeries={hidden} thresholds={thresholds} description={description} />
    </Suspense>
  )
}
