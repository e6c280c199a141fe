import type { Threshold } from '@/api/schemas/threshold'

export { chartDisplays, type ChartDisplay } from './chart-displays'

/**
 * How a trends result is drawn, from PostHog's saved `display` (`ChartDisplayType` in PostHog's schema). The first four
 * draw points over time; the rest draw one value per series (PostHog answers those with `aggregated_value`).
 */
export type TrendsPresentation = 'line' | 'cumulative' | 'area' | 'bar' | 'value' | 'number' | 'pie' | 'table' | 'map'

const presentationByDisplay: Readonly<Record<string, TrendsPresentation>> = {
  ActionsLineGraph: 'line',
  ActionsLineGraphCumulative: 'cumulative',
  ActionsAreaGraph: 'area',
  ActionsBar: 'bar',
  ActionsStackedBar: 'bar',
  ActionsUnstackedBar: 'bar',
  ActionsBarValue: 'value',
  BoldNumber: 'number',
  // Newer single-number displays: the number is what they show; the goal line or sparkline is left out.
  Metric: 'number',
  Progress: 'number',
  ActionsPie: 'pie',
  ActionsTable: 'table',
  WorldMap: 'map',
  RegionMap: 'map',
}

/** A display this app does not draw (box plot, slope graph, calendar heatmap …) falls back to lines, PostHog's default. */
export function trendsPresentation(display: string | null): TrendsPresentation {
  return (display !== null ? presentationByDisplay[display] : undefined) ?? 'line'
}

export function isTimeSeries(presentation: TrendsPresentation): presentation is 'line' | 'cumulative' | 'area' | 'bar' {
  return presentation === 'line' || presentation === 'cumulative' || presentation === 'area' || presentation === 'bar'
}

/** What the chart figure says it is, for readers and tests. */
export const presentationLabels: Readonly<Record<TrendsPresentation, string>> = {
  line: 'Line chart',
  cumulative: 'Cumulative line chart',
  area: 'Area chart',
  bar: 'Bar chart',
  value: 'Bar chart by value',
  number: 'Number',
  pie: 'Pie chart',
  table: 'Table',
  map: 'World map',
}

/** One horizontal reference line: a threshold's lower or upper bound. */
export interface ThresholdLine {
  key: string
  value: number
  label: string
}

/**
 * Absolute threshold bounds as lines on the value axis. Percentage thresholds bound a relative change between
 * periods, not a value, so they have no place on this axis and are described beside the chart instead.
 */
export function thresholdLines(thresholds: readonly Threshold[]): ThresholdLine[] {
  const lines: ThresholdLine[] = []
  for (const threshold of thresholds) {
    if (threshold.configuration.type !== 'absolute') continue
    const { lower, upper } = threshold.configuration.bounds ?? {}
    if (typeof lower === 'number')
      lines.push({ key: `${threshold.id}-lower`, value: lower, label: `${threshold.name}: lower ${lower}` })
    if (typeof upper === 'number')
      lines.push({ key: `${threshold.id}-upper`, value: upper, label: `${threshold.name}: upper ${upper}` })
  }
  return lines
}
