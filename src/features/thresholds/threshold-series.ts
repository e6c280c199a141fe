import type { Insight } from '@/api/schemas/insight'
import { readInsightResult, type TrendsSeries } from '@/api/schemas/insight-result'
import { insightKind, type InsightKind, type Interval } from '@/api/schemas/query'
import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import { definedBounds, evaluateThreshold, type BoundSide, type ThresholdBreach } from '@/lib/threshold-breaches'

/*
 * From an insight and a threshold to what the detail tab draws, lists and tabulates. The chart, its table and the
 * breach list all read these rows, so they can never disagree.
 */

/** What the insight offers to hold against a threshold. PostHog evaluates alerts on trends insights only. */
export type ThresholdSeriesSource =
  | { status: 'ready'; series: TrendsSeries[]; interval: Interval }
  | { status: 'unsupported'; kind: InsightKind }
  | { status: 'no-result' }

function trendsInterval(insight: Insight): Interval {
  const query = insight.query
  if (query && 'source' in query && typeof query.source === 'object' && query.source !== null) {
    const interval = 'interval' in query.source ? query.source.interval : undefined
    if (interval === 'minute' || interval === 'hour' || interval === 'day' || interval === 'week' || interval === 'month')
      return interval
  }
  return 'day'
}

export function thresholdSeriesSource(insight: Insight): ThresholdSeriesSource {
  const kind = insightKind(insight.query, insight.filters)
  if (kind !== 'TRENDS') return { status: 'unsupported', kind }
  const view = readInsightResult(kind, insight.result, insight.columns)
  if (view.kind !== 'TRENDS' || view.series.length === 0) return { status: 'no-result' }
  return { status: 'ready', series: view.series, interval: trendsInterval(insight) }
}

/** A series' name as PostHog's legend shows it: the label, with the breakdown value when there is one. */
export function seriesDisplayName(series: TrendsSeries): string {
  const value = series.breakdown_value
  if (value === null || value === undefined) return series.label
  const text = Array.isArray(value) ? value.join(', ') : String(value)
  const base = series.action?.name ?? series.label
  return base === text ? text : `${base} · ${text}`
}

export interface ThresholdRow {
  index: number
  /** The point's date as PostHog labels it ("5-Mar-2026"). */
  label: string
  value: number
  /** The value compared with the bounds: the value, or the change from the previous point as a fraction. */
  compared: number | null
  /** The y position on the chart: the value, or the change in percent; null where it cannot be drawn (first point, change from 0). */
  plotted: number | null
  breach: ThresholdBreach | null
}

export function thresholdRows(configuration: ThresholdConfiguration, series: TrendsSeries): ThresholdRow[] {
  return evaluateThreshold(configuration.type, configuration.bounds, series.data).map((point) => ({
    ...point,
    label: series.labels[point.index] ?? String(series.days[point.index] ?? point.index + 1),
    plotted:
      configuration.type === 'absolute'
        ? point.value
        : point.compared !== null && Number.isFinite(point.compared)
          ? point.compared * 100
          : null,
  }))
}

/** The bounds in the chart's units: as set for absolute thresholds, in percent for percentage ones. */
export function plottedBounds(configuration: ThresholdConfiguration): { lower: number | null; upper: number | null } {
  const { lower, upper } = definedBounds(configuration.bounds)
  const scale = configuration.type === 'percentage' ? 100 : 1
  return { lower: lower === null ? null : lower * scale, upper: upper === null ? null : upper * scale }
}

export interface ChartScale {
  domain: [number, number]
  ticks: number[]
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that splits `range` into at most `count` steps. */
function niceStep(range: number, count: number): number {
  const raw = range / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= raw) ?? 10
  return factor * magnitude
}

/**
 * A y range with round ticks that shows every drawn point and both bounds, with room above the highest so a bound
 * label never sits on the edge. Counts never go below zero, so an all-positive axis bottoms out at 0.
 */
export function chartScale(rows: readonly ThresholdRow[], bounds: { lower: number | null; upper: number | null }): ChartScale {
  const values = [
    ...rows.map((row) => row.plotted).filter((value) => value !== null),
    ...[bounds.lower, bounds.upper].filter((value) => value !== null),
  ]
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] }
  const min = Math.min(...values)
  const max = Math.max(...values)
  const step = niceStep(max - min || Math.abs(max) || 1, 5)
  const low = min >= 0 ? Math.max(0, Math.floor(min / step) * step) : Math.floor(min / step) * step
  const ceiling = Math.ceil(max / step) * step
  const high = ceiling === max ? max + step : ceiling
  const ticks: number[] = []
  // Rounded to the step's precision so floating-point drift never prints as 0.30000000000000004.
  for (let index = 0; low + index * step <= high + step / 2; index++) ticks.push(Number((low + index * step).toPrecision(12)))
  return { domain: [low, high], ticks }
}

export function boundSideLabel(side: BoundSide): string {
  return side === 'lower' ? 'Below lower bound' : 'Above upper bound'
}
