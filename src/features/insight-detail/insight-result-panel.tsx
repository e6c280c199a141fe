import { BarChart3, Table2, TriangleAlert } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import type { Insight } from '@/api/schemas/insight'
import { readInsightResult, type InsightResultView, type LifecycleSeries, type TrendsSeries } from '@/api/schemas/insight-result'
import { insightCompares, insightDisplay, insightKind, sqlChartAxes } from '@/api/schemas/query'
import { EmptyState } from '@/components/empty-state'
import { BoldNumber } from './bold-number'
import { funnelViews, numberComparison, sankeyData, seriesName, seriesValues, sqlSeries } from './chart-data'
import {
  chartDisplays,
  isTimeSeries,
  presentationLabels,
  trendsPresentation,
  type ChartDisplay,
  type ThresholdLine,
  type TrendsPresentation,
} from './chart-types'
import InsightChart, { type ChartSpec } from './charts/insight-chart'
import { colorOfSeries } from './charts/chart-theme'
import { formatDuration, formatNumber, formatPercent, kindLabels } from './format'
import {
  ConversionHistogramTable,
  FunnelTable,
  JsonResult,
  PathsTable,
  RetentionTable,
  SeriesTable,
  SeriesValueTable,
  SqlTable,
} from './result-tables'

const displayLabels: Record<ChartDisplay, string> = { line: 'Line', bar: 'Bar', area: 'Area' }

/** The time-series chart type saved with the insight (PostHog's `display`, or legacy `filters.display`); lines otherwise. */
export function savedDisplay(insight: Insight): ChartDisplay {
  const presentation = trendsPresentation(insightDisplay(insight.query, insight.filters))
  return presentation === 'bar' || presentation === 'area' ? presentation : 'line'
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

function FunnelSummary({ view }: { view: Extract<InsightResultView, { kind: 'FUNNELS'; viz: 'steps' }> }) {
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

/** What the panel draws for a result: its chart (or inline view), its table, and the controls around them. */
interface ResultPlan {
  /** PostHog's name for the view, e.g. "Pie chart"; the figure carries it. */
  presentation: string
  /** A recharts chart, drawn by its kind's lazy chunk; null when the view is plain HTML (`inline`). */
  chart: ChartSpec | null
  inline: ReactNode
  table: ReactNode
  /** The reader may switch between line, bar and area. */
  switchable: boolean
  /** Series the legend toggles. */
  legend: readonly (TrendsSeries | LifecycleSeries)[] | null
  /** Said below the chart (a comparison, a left-out series …). */
  note: string | null
  description: string
}

type DrawableView = Exclude<InsightResultView, { kind: 'unavailable' | 'JSON' | 'RETENTION' }>

interface PlanContext {
  insight: Insight
  name: string
  caption: string
  display: ChartDisplay
  hidden: ReadonlySet<number>
  thresholds: readonly ThresholdLine[]
}

const droppedNote = (dropped: number): string | null =>
  dropped > 0
    ? `${dropped} series ${dropped === 1 ? 'was' : 'were'} not in a shape this app can read and ${dropped === 1 ? 'is' : 'are'} left out.`
    : null

function trendsPlan(view: Extract<InsightResultView, { kind: 'TRENDS' | 'STICKINESS' }>, context: PlanContext): ResultPlan {
  const saved = trendsPresentation(insightDisplay(context.insight.query, context.insight.filters))
  // A time-series display whose answer has no points (PostHog sent one value per series) can only be shown by value.
  const hasPoints = view.series.some((series) => series.data.length > 0)
  const presentation: TrendsPresentation = isTimeSeries(saved) && !hasPoints ? 'value' : saved
  const note = droppedNote(view.dropped)
  const seriesTable = hasPoints ? (
    <SeriesTable series={view.series} caption={context.caption} pointLabel="Date" />
  ) : (
    <SeriesValueTable series={view.series} caption={context.caption} countries={presentation === 'map'} />
  )
  const base = {
    presentation: presentationLabels[presentation],
    note,
    table: seriesTable,
    legend: null,
    switchable: false,
    inline: null,
  }
  switch (presentation) {
    case 'line':
    case 'cumulative':
    case 'area':
    case 'bar': {
      // PostHog's cumulative answer already holds running totals: drawn as lines it is the cumulative chart.
      const drawn = presentation === 'cumulative' && context.display === 'line' ? 'cumulative' : context.display
      return {
        ...base,
        presentation: presentationLabels[drawn],
        chart: {
          type: 'series',
          series: view.series,
          display: context.display,
          hiddenSeries: context.hidden,
          thresholds: context.thresholds,
        },
        switchable: true,
        legend: view.series,
        description: `${presentationLabels[drawn]} of ${context.name}: ${view.series.length} series over ${view.series[0]?.data.length ?? 0} points.`,
      }
    }
    case 'number': {
      const comparison = numberComparison(view.series, insightCompares(context.insight.query, context.insight.filters))
      const label = view.series[0] ? seriesName(view.series[0]) : context.name
      return {
        ...base,
        chart: null,
        inline: comparison ? <BoldNumber comparison={comparison} label={label} /> : null,
        description: `Number of ${context.name}: ${comparison?.current === null || !comparison ? 'no value' : formatNumber(comparison.current)}.`,
      }
    }
    case 'pie':
    case 'value':
      return {
        ...base,
        chart: { type: presentation === 'pie' ? 'pie' : 'value-bars', slices: seriesValues(view.series) },
        description: `${presentationLabels[presentation]} of ${context.name}: ${view.series.length} series by value.`,
      }
    case 'table':
    case 'map':
      return {
        ...base,
        chart: null,
        inline: <SeriesValueTable series={view.series} caption={context.caption} countries={presentation === 'map'} />,
        description: `${presentationLabels[presentation]} of ${context.name}.`,
      }
  }
}

function planOf(view: DrawableView, context: PlanContext): ResultPlan {
  const { caption, name } = context
  switch (view.kind) {
    case 'TRENDS':
      return trendsPlan(view, context)
    case 'STICKINESS':
    case 'LIFECYCLE': {
      const stacked = view.kind === 'LIFECYCLE'
      // Lifecycle is PostHog's stacked bars; stickiness follows its saved display (a line by default).
      const display = stacked ? 'bar' : context.display
      return {
        presentation: stacked ? 'Stacked bar chart' : presentationLabels[display],
        chart: { type: 'series', series: view.series, display, hiddenSeries: context.hidden, thresholds: [], stacked },
        inline: null,
        table: <SeriesTable series={view.series} caption={caption} pointLabel={stacked ? 'Date' : 'Period'} />,
        switchable: !stacked,
        legend: view.series,
        note: droppedNote(view.dropped),
        description: `${kindLabels[view.kind]} chart of ${name}: ${view.series.length} series over ${view.series[0]?.data.length ?? 0} points.`,
      }
    }
    case 'FUNNELS':
      if (view.viz === 'time_to_convert') {
        const [current] = view.histograms
        const average = current?.averageConversionTime ?? null
        return {
          presentation: 'Time to convert',
          chart: { type: 'histogram', histograms: view.histograms },
          inline: null,
          table: <ConversionHistogramTable histograms={view.histograms} caption={caption} />,
          switchable: false,
          legend: null,
          note: `Average time to convert: ${formatDuration(average)}.`,
          description: `Time to convert of ${name}: people by how long they took to finish the funnel.`,
        }
      }
      if (view.viz === 'trends')
        return {
          presentation: 'Historical trends',
          chart: {
            type: 'series',
            series: view.series,
            display: 'line',
            hiddenSeries: context.hidden,
            thresholds: [],
            percent: true,
          },
          inline: null,
          table: <SeriesTable series={view.series} caption={`${caption} (conversion rate, %)`} pointLabel="Date" />,
          switchable: false,
          legend: view.series.length > 1 ? view.series : null,
          note: droppedNote(view.dropped),
          description: `Historical trends of ${name}: the conversion rate over time.`,
        }
      return {
        presentation: 'Funnel steps',
        chart: { type: 'funnel', views: funnelViews(view.steps) },
        inline: <FunnelSummary view={view} />,
        table: <FunnelTable views={funnelViews(view.steps)} caption={caption} />,
        switchable: false,
        legend: null,
        note: null,
        description: `Funnel chart of ${name}. Use "Show as table" for the exact numbers.`,
      }
    case 'PATHS':
      return {
        presentation: 'Paths',
        chart: { type: 'paths', data: sankeyData(view.links) },
        inline: null,
        table: <PathsTable links={view.links} caption={caption} />,
        switchable: false,
        legend: null,
        note: null,
        description: `Paths chart of ${name}: ${view.links.length} links between pages.`,
      }
    case 'SQL': {
      // PostHog shows a SQL insight as its table unless it was saved as a chart.
      const saved = insightDisplay(context.insight.query)
      const series =
        saved !== null && isTimeSeries(trendsPresentation(saved))
          ? sqlSeries(view.columns, view.rows, sqlChartAxes(context.insight.query))
          : []
      const table = <SqlTable columns={view.columns} rows={view.rows} caption={caption} />
      // A SQL visualization saved as a line, bar or area chart with numeric columns is drawn; anything else is its table.
      if (series.length === 0)
        return {
          presentation: 'Table',
          chart: null,
          inline: table,
          table,
          switchable: false,
          legend: null,
          note: null,
          description: '',
        }
      return {
        presentation: presentationLabels[context.display],
        chart: { type: 'series', series, display: context.display, hiddenSeries: context.hidden, thresholds: [] },
        inline: null,
        table,
        switchable: true,
        legend: series,
        note: null,
        description: `SQL chart of ${name}: ${series.length} columns over ${view.rows.length} rows.`,
      }
    }
  }
}

/** The kind of chart an insight's result draws (null: a table, a number or nothing), so its code can load early. */
export function chartTypeOf(insight: Insight): ChartSpec['type'] | null {
  const view = readInsightResult(insightKind(insight.query, insight.filters), insight.result, insight.columns)
  if (view.kind === 'unavailable' || view.kind === 'JSON' || view.kind === 'RETENTION') return null
  if ((view.kind === 'TRENDS' || view.kind === 'STICKINESS' || view.kind === 'LIFECYCLE') && view.series.length === 0) return null
  const context: PlanContext = { insight, name: '', caption: '', display: 'line', hidden: new Set(), thresholds: [] }
  return planOf(view, context).chart?.type ?? null
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
  const kind = insightKind(insight.query, insight.filters)
  const view = readInsightResult(kind, insight.result, insight.columns)
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set())

  if (view.kind === 'unavailable') {
    const hasResult = insight.result !== null && insight.result !== undefined
    if (!hasResult)
      return (
        <EmptyState
          icon={BarChart3}
          title="No result to show"
          description="This insight has no computed result. Refresh it to calculate the result."
        />
      )
    // A result in a shape this app cannot read: say so, and still show what PostHog sent.
    return (
      <section aria-label="Result" className="space-y-3">
        <EmptyState
          icon={TriangleAlert}
          title="Can't draw this result"
          description={`PostHog answered this ${kindLabels[kind].toLowerCase()} insight in a shape this app cannot draw. Its raw result is below.`}
        />
        <JsonResult value={insight.result} caption={`Raw result of ${name}`} />
      </section>
    )
  }

  const caption = `${kindLabels[view.kind]} result of ${name}`
  if (view.kind === 'JSON' || view.kind === 'RETENTION') {
    return (
      <section aria-label="Result" aria-busy={isRefreshing} className={`space-y-3 ${isRefreshing ? 'opacity-60' : ''}`}>
        {view.kind === 'JSON' ? (
          <JsonResult value={view.value} caption={caption} />
        ) : (
          <>
            <div className="flex justify-end">
              <ShowAsTable showTable={showTable} onChange={onShowTableChange} />
            </div>
            <RetentionTable cohorts={view.cohorts} caption={caption} shaded={!showTable} />
          </>
        )}
      </section>
    )
  }
  if ((view.kind === 'TRENDS' || view.kind === 'STICKINESS' || view.kind === 'LIFECYCLE') && view.series.length === 0) {
    return (
      <section aria-label="Result">
        <EmptyState
          icon={BarChart3}
          title="No data for this period"
          description={droppedNote(view.dropped) ?? 'PostHog found no events for this insight in its date range.'}
        />
      </section>
    )
  }

  const plan = planOf(view, { insight, name, caption, display, hidden, thresholds })
  const toggleSeries = (index: number) =>
    setHidden((current) => {
      const next = new Set(current)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  return (
    <section aria-label="Result" aria-busy={isRefreshing} className={`space-y-3 ${isRefreshing ? 'opacity-60' : ''}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {plan.switchable && !showTable ? (
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
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{plan.presentation}</p>
        )}
        <ShowAsTable showTable={showTable} onChange={onShowTableChange} />
      </div>
      {plan.legend && !showTable && <SeriesLegend series={plan.legend} hidden={hidden} onToggle={toggleSeries} />}
      {showTable ? plan.table : <ChartArea plan={plan} kind={view.kind} />}
      {plan.note && <p className="text-sm text-slate-600 dark:text-slate-400">{plan.note}</p>}
      {view.kind === 'TRENDS' && plan.switchable && (thresholds.length > 0 || percentageThresholds > 0) && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {thresholds.length > 0 && `Threshold bounds: ${thresholds.map((line) => line.label).join('; ')}. `}
          {percentageThresholds > 0 &&
            `${percentageThresholds} percentage threshold${percentageThresholds === 1 ? '' : 's'} bound the change between periods and are not drawn.`}
        </p>
      )}
    </section>
  )
}

function ShowAsTable({ showTable, onChange }: { showTable: boolean; onChange: (showTable: boolean) => void }) {
  return (
    <ToggleButton isSelected={showTable} onChange={onChange} className={`${toggleClass} ml-auto`}>
      <Table2 aria-hidden className="size-4" />
      Show as table
    </ToggleButton>
  )
}

function ChartArea({ plan, kind }: { plan: ResultPlan; kind: string }) {
  // Views drawn in plain HTML (a big number, PostHog's table display, the world map as a table) are figures too.
  if (!plan.chart)
    return (
      <figure aria-label={plan.description} data-chart-kind={kind} data-chart-display={plan.presentation}>
        {plan.inline}
      </figure>
    )
  return (
    <>
      <InsightChart spec={plan.chart} kind={kind} presentation={plan.presentation} description={plan.description} />
      {plan.inline}
    </>
  )
}
