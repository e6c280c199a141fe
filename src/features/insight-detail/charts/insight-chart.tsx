import type { InsightResultView } from '@/api/schemas/insight-result'
import { funnelViews, sankeyData } from '../chart-data'
import type { ChartDisplay, ThresholdLine } from '../chart-types'
import { chartFrameClass } from './chart-theme'
import { FunnelChart } from './funnel-chart'
import { PathsChart } from './paths-chart'
import { SeriesChart } from './trends-chart'

export type ChartableView = Extract<InsightResultView, { kind: 'TRENDS' | 'STICKINESS' | 'LIFECYCLE' | 'FUNNELS' | 'PATHS' }>

export interface InsightChartProps {
  view: ChartableView
  display: ChartDisplay
  hiddenSeries: ReadonlySet<number>
  thresholds: readonly ThresholdLine[]
  /** What the chart shows, for screen readers; the exact numbers are one toggle away in the table view. */
  description: string
}

/**
 * Every recharts chart of the detail page, in one module so it is one lazily loaded chunk: the list route and the
 * table views never download recharts.
 */
export default function InsightChart({ view, display, hiddenSeries, thresholds, description }: InsightChartProps) {
  return (
    <figure className={`h-80 w-full md:h-96 ${chartFrameClass}`} aria-label={description} data-chart-kind={view.kind}>
      {view.kind === 'TRENDS' && (
        <SeriesChart series={view.series} display={display} hiddenSeries={hiddenSeries} thresholds={thresholds} />
      )}
      {view.kind === 'STICKINESS' && (
        <SeriesChart series={view.series} display="bar" hiddenSeries={hiddenSeries} thresholds={[]} />
      )}
      {view.kind === 'LIFECYCLE' && (
        <SeriesChart series={view.series} display="bar" hiddenSeries={hiddenSeries} thresholds={[]} stacked />
      )}
      {view.kind === 'FUNNELS' && <FunnelChart views={funnelViews(view.steps)} />}
      {view.kind === 'PATHS' && <PathsChart data={sankeyData(view.links)} />}
    </figure>
  )
}
