import {
  seriesValue,
  type ConversionHistogram,
  type FunnelStep,
  type PathsLink,
  type RetentionCohort,
  type TrendsSeries,
} from '@/api/schemas/insight-result'

/*
 * Pure shapes between the API's results and what the charts and their tables draw. The chart and its
 * "Show as table" view both read from here, so the two can never show different numbers.
 */

/** recharts keys rows by property name; series get positional keys because labels may repeat or contain dots. */
export const seriesKey = (index: number): string => `s${index}`

/** A series' display name: its label, plus the breakdown value when there is one and the label does not say it already. */
export function seriesName(series: TrendsSeries): string {
  const value = series.breakdown_value
  const base = (() => {
    if (value === null || value === undefined) return series.label
    const text = Array.isArray(value) ? value.join(', ') : String(value)
    return text === series.label ? text : `${series.action?.name ?? series.label} · ${text}`
  })()
  return series.compare_label === 'previous' ? `${base} (previous period)` : base
}

export interface ValueSlice {
  name: string
  value: number
  /** The series' position in the result, which keys its colour. */
  index: number
}

/** One value per series, as pie slices and bars by value draw them: largest first, as PostHog orders them. */
export function seriesValues(series: readonly TrendsSeries[]): ValueSlice[] {
  return series
    .map((item, index) => ({ name: seriesName(item), value: seriesValue(item), index }))
    .sort((a, b) => b.value - a.value)
}

export interface NumberComparison {
  current: number | null
  /** The previous period's value; null when PostHog had none (`aggregated_value: null`). */
  previous: number | null
  /** Change from the previous period in percent; null when it cannot be computed. */
  change: number | null
  /** Whether the insight compares with the previous period at all. */
  compared: boolean
}

/**
 * BoldNumber's figure and, when the insight compares with the previous period, the change. PostHog answers a compared
 * BoldNumber with the current period first and the previous one second (marked `compare_label` on newer versions).
 */
export function numberComparison(series: readonly TrendsSeries[], compares: boolean): NumberComparison | null {
  const current = series.find((item) => item.compare_label !== 'previous')
  if (!current) return null
  const currentValue = current.aggregated_value ?? (current.data.length > 0 ? current.count : null)
  const previousSeries =
    series.find((item) => item.compare_label === 'previous') ?? (compares && series.length === 2 ? series[1] : undefined)
  if (!previousSeries) return { current: currentValue, previous: null, change: null, compared: false }
  const previous = previousSeries.aggregated_value ?? (previousSeries.data.length > 0 ? previousSeries.count : null)
  const change =
    currentValue !== null && previous !== null && previous !== 0 ? ((currentValue - previous) / previous) * 100 : null
  return { current: currentValue, previous, change, compared: true }
}

/** Country names for ISO codes (WorldMap breakdowns), in the reader's language; the code when unknown. */
export function countryName(code: string, names: Pick<Intl.DisplayNames, 'of'> | null): string {
  if (!/^[A-Z]{2}$/.test(code) || !names) return code
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}

export interface HistogramRow {
  /** The bin's lower bound in seconds. */
  start: number
  [period: string]: number
}

/** Time-to-convert bins as chart rows: one row per bin, one column per period (`h0`, `h1` …). */
export function histogramRows(histograms: readonly ConversionHistogram[]): HistogramRow[] {
  const starts = [...new Set(histograms.flatMap((histogram) => histogram.bins.map(([start]) => start)))].sort((a, b) => a - b)
  return starts.map((start) => {
    const row: HistogramRow = { start }
    histograms.forEach((histogram, index) => {
      const bin = histogram.bins.find(([binStart]) => binStart === start)
      if (bin) row[`h${index}`] = bin[1]
    })
    return row
  })
}

/**
 * A SQL visualization's chart: the x axis column (`chartSettings.xAxis.column`, else the first) and the numeric y
 * columns (`chartSettings.yAxis[].column`, else every column holding only numbers), as series a line or bar chart draws.
 */
export function sqlSeries(
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  settings: { xAxis: string | null; yAxis: readonly string[] },
): TrendsSeries[] {
  const xIndex = settings.xAxis !== null ? columns.indexOf(settings.xAxis) : 0
  if (xIndex < 0 || rows.length === 0) return []
  const isNumeric = (index: number) => rows.every((row) => row[index] === null || typeof row[index] === 'number')
  const yIndexes = (
    settings.yAxis.length > 0 ? settings.yAxis.map((name) => columns.indexOf(name)) : columns.map((_, index) => index)
  ).filter((index) => index >= 0 && index !== xIndex && isNumeric(index))
  const labels = rows.map((row) => {
    const value = row[xIndex]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)
  })
  return yIndexes.map((index) => {
    // A SQL null is no value at all: NaN keeps its place so the chart leaves a gap and the table an empty cell.
    const data = rows.map((row) => {
      const value = row[index]
      return typeof value === 'number' ? value : Number.NaN
    })
    return {
      label: columns[index] ?? `Column ${index + 1}`,
      data,
      labels,
      days: labels,
      count: data.reduce((total, value) => (Number.isFinite(value) ? total + value : total), 0),
      aggregated_value: null,
      action: null,
      compare_label: null,
    }
  })
}

export interface PointRow {
  /** The x-axis label of the point (PostHog's display form of the date or bucket). */
  label: string
  [key: string]: string | number
}

/** One row per point, one column per series (`s0`, `s1` …), as recharts wants them. */
export function seriesRows(series: readonly TrendsSeries[]): PointRow[] {
  const longest = series.reduce((max, item) => Math.max(max, item.data.length), 0)
  const first = series[0]
  return Array.from({ length: longest }, (_, index) => {
    const row: PointRow = { label: first?.labels[index] ?? String(first?.days[index] ?? index + 1) }
    series.forEach((item, seriesIndex) => {
      const value = item.data[index]
      if (value !== undefined && !Number.isNaN(value)) row[seriesKey(seriesIndex)] = value
    })
    return row
  })
}

interface FunnelStepView {
  name: string
  count: number
  /** Share of the first step that reached this one, 0–100. */
  conversionFromStart: number
  /** Share of the previous step that reached this one, 0–100; 100 for the first step. */
  conversionFromPrevious: number
  /** People lost since the previous step. */
  droppedOff: number
  /** Share of the previous step lost, 0–100. */
  dropOffRate: number
  /** Seconds from the previous step, or null for the first step or when unknown. */
  averageConversionTime: number | null
}

export interface FunnelView {
  /** The breakdown value this funnel is for; null without a breakdown. */
  breakdown: string | null
  steps: FunnelStepView[]
}

const percent = (part: number, whole: number): number => (whole > 0 ? (part / whole) * 100 : 0)

function funnelSteps(steps: readonly FunnelStep[]): FunnelStepView[] {
  const ordered = [...steps].sort((a, b) => a.order - b.order)
  const first = ordered[0]?.count ?? 0
  return ordered.map((step, index) => {
    const previous = index === 0 ? step.count : (ordered[index - 1]?.count ?? 0)
    const droppedOff = Math.max(0, previous - step.count)
    return {
      name: step.custom_name || step.name || `Step ${index + 1}`,
      count: step.count,
      conversionFromStart: index === 0 ? 100 : percent(step.count, first),
      conversionFromPrevious: index === 0 ? 100 : percent(step.count, previous),
      droppedOff: index === 0 ? 0 : droppedOff,
      dropOffRate: index === 0 ? 0 : percent(droppedOff, previous),
      averageConversionTime: index === 0 ? null : (step.average_conversion_time ?? null),
    }
  })
}

function isStepList(value: readonly FunnelStep[] | readonly FunnelStep[][]): value is readonly FunnelStep[][] {
  return Array.isArray(value[0])
}

function breakdownLabel(steps: readonly FunnelStep[]): string {
  const value = steps[0]?.breakdown_value
  if (value === null || value === undefined) return 'None'
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** A funnel without a breakdown is one list of steps; with one, one list per breakdown value. */
export function funnelViews(steps: readonly FunnelStep[] | readonly FunnelStep[][]): FunnelView[] {
  if (steps.length === 0) return []
  if (isStepList(steps)) return steps.map((list) => ({ breakdown: breakdownLabel(list), steps: funnelSteps(list) }))
  return [{ breakdown: null, steps: funnelSteps(steps) }]
}

/** A retention cell as a share of its cohort's first period, 0–100. */
export function retentionShare(cohort: RetentionCohort, period: number): number | null {
  const value = cohort.values[period]
  if (!value) return null
  return percent(value.count, cohort.values[0]?.count ?? 0)
}

export interface SankeyData {
  nodes: { name: string; step: number }[]
  links: { source: number; target: number; value: number }[]
}

/** PostHog names path nodes `<step>_<page>` so the same page at two steps is two nodes. */
export function pathNodeLabel(node: string): { step: number; name: string } {
  const match = /^(\d+)_(.*)$/.exec(node)
  return match ? { step: Number(match[1]), name: match[2] ?? node } : { step: 0, name: node }
}

/** recharts' Sankey wants nodes in a list and links by index; links to or from nowhere and cycles are dropped. */
export function sankeyData(links: readonly PathsLink[]): SankeyData {
  const index = new Map<string, number>()
  const nodes: SankeyData['nodes'] = []
  const nodeIndex = (node: string): number => {
    const known = index.get(node)
    if (known !== undefined) return known
    const label = pathNodeLabel(node)
    nodes.push({ name: label.name, step: label.step })
    index.set(node, nodes.length - 1)
    return nodes.length - 1
  }
  const out: SankeyData['links'] = []
  for (const link of links) {
    if (link.value <= 0 || link.source === link.target) continue
    const source = pathNodeLabel(link.source)
    const target = pathNodeLabel(link.target)
    // A link that does not move forward would make a cycle, which a Sankey cannot lay out.
    if (source.step && target.step && target.step <= source.step) continue
    out.push({ source: nodeIndex(link.source), target: nodeIndex(link.target), value: link.value })
  }
  return { nodes, links: out }
}

/** Column names of a JSON result that is a list of objects; nested values are shown as JSON text. */
export function jsonColumns(rows: readonly unknown[]): string[] {
  const columns = new Set<string>()
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && !Array.isArray(row)) Object.keys(row).forEach((key) => columns.add(key))
  }
  return [...columns]
}
