import { useDeferredValue } from 'react'
import type { ConversionHistogram, LifecycleSeries, TrendsSeries } from '@/api/schemas/insight-result'
import type { FunnelView, SankeyData, ValueSlice } from '../chart-data'
import type { ChartDisplay, ThresholdLine } from '../chart-types'
import { lazyComponent } from '@/lib/lazy-code'
import { chartCode } from '../load-insight-chart'
import { chartFrameClass } from './chart-theme'

// Each kind of chart is a chunk of its own: an insight downloads only the recharts code its display draws.
const SeriesChart = lazyComponent(chartCode.series)
const FunnelChart = lazyComponent(chartCode.funnel)
const HistogramChart = lazyComponent(chartCode.histogram)
const PathsChart = lazyComponent(chartCode.paths)
const PieChart = lazyComponent(chartCode.pie)
const ValueBarsChart = lazyComponent(chartCode['value-bars'])

/** What to draw, already read from the result: the panel decides, this chunk only draws. */
export type ChartSpec =
  | {
      type: 'series'
      series: readonly (TrendsSeries | LifecycleSeries)[]
      display: ChartDisplay
      hiddenSeries: ReadonlySet<number>
      thresholds: readonly ThresholdLine[]
      /** Lifecycle stacks its statuses, dormant below zero. */
      stacked?: boolean
      /** Funnel trends plot conversion rates. */
      percent?: boolean
    }
  | { type: 'funnel'; views: readonly FunnelView[] }
  | { type: 'histogram'; histograms: readonly ConversionHistogram[] }
  | { type: 'paths'; data: SankeyData }
  | { type: 'pie'; slices: readonly ValueSlice[] }
  | { type: 'value-bars'; slices: readonly ValueSlice[] }

export interface InsightChartProps {
  spec: ChartSpec
  /** The insight kind, for `data-chart-kind`. */
  kind: string
  /** How PostHog names this view (`Line chart`, `Pie chart` …), for `data-chart-display`. */
  presentation: string
  /** What the chart shows, for screen readers; the exact numbers are one toggle away in the table view. */
  description: string
}

/** The chart's room while its code loads, and for the moment before it is drawn. */
function ChartPlaceholder() {
  return (
    <div
      role="status"
      aria-label="Loading chart"
      className="h-80 animate-pulse rounded-lg bg-slate-100 md:h-96 dark:bg-slate-900"
    />
  )
}

function ChartBody({ spec }: { spec: ChartSpec }) {
  const placeholder = <ChartPlaceholder />
  switch (spec.type) {
    case 'series':
      return (
        <SeriesChart
          fallback={placeholder}
          series={spec.series}
          display={spec.display}
          hiddenSeries={spec.hiddenSeries}
          thresholds={spec.thresholds}
          stacked={spec.stacked ?? false}
          percent={spec.percent ?? false}
        />
      )
    case 'funnel':
      return <FunnelChart fallback={placeholder} views={spec.views} />
    case 'histogram':
      return <HistogramChart fallback={placeholder} histograms={spec.histograms} />
    case 'paths':
      return <PathsChart fallback={placeholder} data={spec.data} />
    case 'pie':
      return <PieChart fallback={placeholder} slices={spec.slices} />
    case 'value-bars':
      return <ValueBarsChart fallback={placeholder} slices={spec.slices} />
  }
}

/**
 * The figure around a recharts chart, drawn by its kind's chunk (the list route and the table views never download
 * recharts). The chart is drawn in a render of its own after the page's (a deferred value): the page's heading and
 * numbers show without waiting ~100 ms for recharts.
 */
export default function InsightChart({ spec, kind, presentation, description }: InsightChartProps) {
  const drawNow = useDeferredValue(true, false)
  return (
    <figure
      className={`h-80 w-full md:h-96 ${chartFrameClass}`}
      aria-label={description}
      data-chart-kind={kind}
      data-chart-display={presentation}
    >
      {drawNow ? <ChartBody spec={spec} /> : <ChartPlaceholder />}
    </figure>
  )
}
