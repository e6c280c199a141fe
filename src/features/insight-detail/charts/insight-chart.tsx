import { lazy, Suspense } from 'react'
import type { ConversionHistogram, LifecycleSeries, TrendsSeries } from '@/api/schemas/insight-result'
import type { FunnelView, SankeyData, ValueSlice } from '../chart-data'
import type { ChartDisplay, ThresholdLine } from '../chart-types'
import { chartFrameClass } from './chart-theme'
import { FunnelChart } from './funnel-chart'
import { HistogramChart } from './histogram-chart'
import { SeriesChart } from './trends-chart'
import { ValueBarsChart } from './value-bars-chart'

// Pies and Sankeys are drawn by few insights: their recharts code loads only when one is shown.
const PieChart = lazy(() => import('./pie-chart'))
const PathsChart = lazy(() => import('./paths-chart'))

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
 * Every recharts chart of the detail page, in one lazily loaded chunk (pies and Sankeys in chunks of their own): the
 * list route and the table views never download recharts.
 */
export default function InsightChart({ spec, kind, presentation, description }: InsightChartProps) {
  return (
    <figure
      className={`h-80 w-full md:h-96 ${chartFrameClass}`}
      aria-label={description}
      data-chart-kind={kind}
      data-chart-display={presentation}
    >
      <Suspense fallback={null}>
        <ChartBody spec={spec} />
      </Suspense>
    </figure>
  )
}
