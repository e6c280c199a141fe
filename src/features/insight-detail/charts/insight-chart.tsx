import { lazy } from 'react'
import type { ConversionHistogram, LifecycleSeries, TrendsSeries } from '@/api/schemas/insight-result'
import type { FunnelView, SankeyData, ValueSlice } from '../chart-data'
import type { ChartDisplay, ThresholdLine } from '../chart-types'
import { chartLoaders } from '../load-insight-chart'
import { chartFrameClass } from './chart-theme'

// Each kind of chart is a chunk of its own: an insight downloads only the recharts code its display draws.
const SeriesChart = lazy(chartLoaders.series)
const FunnelChart = lazy(chartLoaders.funnel)
const HistogramChart = lazy(chartLoaders.histogram)
const PathsChart = lazy(chartLoaders.paths)
const PieChart = lazy(chartLoaders.pie)
const ValueBarsChart = lazy(chartLoaders['value-bars'])

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

function ChartBody({ spec }: { spec: ChartSpec }) {
  switch (spec.type) {
    case 'series':
      return (
        <SeriesChart
          series={spec.series}
          display={spec.display}
          hiddenSeries={spec.hiddenSeries}
          thresholds={spec.thresholds}
          stacked={spec.stacked ?? false}
          percent={spec.percent ?? false}
        />
      )
    case 'funnel':
      return <FunnelChart views={spec.views} />
    case 'histogram':
      return <HistogramChart histograms={spec.histograms} />
    case 'paths':
      return <PathsChart data={spec.data} />
    case 'pie':
      return <PieChart slices={spec.slices} />
    case 'value-bars':
      return <ValueBarsChart slices={spec.slices} />
  }
}

/**
 * The figure around a recharts chart. Its body is a lazy chunk per kind of chart, and while it loads the caller's
 * Suspense shows its placeholder: the list route and the table views never download recharts.
 */
export default function InsightChart({ spec, kind, presentation, description }: InsightChartProps) {
  return (
    <figure
      className={`h-80 w-full md:h-96 ${chartFrameClass}`}
      aria-label={description}
      data-chart-kind={kind}
      data-chart-display={presentation}
    >
      <ChartBody spec={spec} />
    </figure>
  )
}
