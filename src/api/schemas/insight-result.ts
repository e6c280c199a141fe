import { z } from 'zod/mini'
import type { InsightKind } from './query'

/*
 * `insight.result` differs per insight type and PostHog types it as "any", so the insight schema keeps it `unknown`
 * and `readInsightResult` parses it with the schema of the insight's kind. Shapes follow PostHog's own answers
 * (frontend/src/mocks/fixtures/api/projects/team_id/insights/ in PostHog's repository). Reading is tolerant: a series
 * that is not in shape is left out and counted, so one bad series never hides the others, and a result of another
 * shape altogether degrades to "unavailable" for that one chart instead of failing the whole insight.
 */

const seriesActionSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(z.string()),
  custom_name: z.nullish(z.string()),
  type: z.nullish(z.string()),
  order: z.nullish(z.number()),
})

const breakdownValueSchema = z.nullish(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]))

/*
 * One series of a trends, stickiness, lifecycle or funnel-trends answer. Time-series displays fill `data`, `labels`
 * and `days`; displays of one value per series (BoldNumber, ActionsPie, ActionsBarValue, ActionsTable, WorldMap) send
 * `data: []` and `aggregated_value`. Funnel trends send neither `label` nor `action`. With "compare to previous
 * period" each series says which period it is in `compare_label`.
 */
const rawSeriesSchema = z.looseObject({
  label: z.nullish(z.string()),
  data: z.optional(z.array(z.number())),
  labels: z.optional(z.array(z.string())),
  days: z.optional(z.array(z.union([z.string(), z.number()]))),
  count: z.nullish(z.number()),
  aggregated_value: z.nullish(z.number()),
  action: z.nullish(seriesActionSchema),
  breakdown_value: breakdownValueSchema,
  compare: z.nullish(z.boolean()),
  compare_label: z.nullish(z.string()),
  status: z.nullish(z.string()),
})

/** The raw series list, for answers that are read as they come (the legacy `insights/trend/` endpoint). */
export const trendsResultSchema = z.array(rawSeriesSchema)

export interface TrendsSeries {
  label: string
  data: number[]
  labels: string[]
  days: (string | number)[]
  count: number
  /** The one value of the series for displays that show one value per series; null when PostHog sent none. */
  aggregated_value: number | null
  action: z.infer<typeof seriesActionSchema> | null
  breakdown_value?: string | number | (string | number)[] | null
  /** `current` or `previous` when the insight compares with the previous period. */
  compare_label: string | null
}

const lifecycleStatuses = ['new', 'returning', 'resurrecting', 'dormant'] as const
type LifecycleStatus = (typeof lifecycleStatuses)[number]
export interface LifecycleSeries extends TrendsSeries {
  status: LifecycleStatus
}

function isLifecycleStatus(value: unknown): value is LifecycleStatus {
  return typeof value === 'string' && (lifecycleStatuses as readonly string[]).includes(value)
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)

function normaliseSeries(raw: z.infer<typeof rawSeriesSchema>, index: number): TrendsSeries {
  const data = raw.data ?? []
  const label = raw.label ?? raw.action?.custom_name ?? raw.action?.name ?? `Series ${index + 1}`
  return {
    label,
    data,
    labels: raw.labels ?? [],
    days: raw.days ?? [],
    count: raw.count ?? sum(data),
    aggregated_value: raw.aggregated_value ?? null,
    action: raw.action ?? null,
    ...(raw.breakdown_value !== undefined ? { breakdown_value: raw.breakdown_value } : {}),
    compare_label: raw.compare_label ?? null,
  }
}

/** Every series in shape, and how many were left out. */
function readSeries(result: unknown): { series: TrendsSeries[]; statuses: unknown[]; dropped: number } | null {
  if (!Array.isArray(result)) return null
  const series: TrendsSeries[] = []
  const statuses: unknown[] = []
  let dropped = 0
  result.forEach((item: unknown, index) => {
    const parsed = rawSeriesSchema.safeParse(item)
    if (parsed.success) {
      series.push(normaliseSeries(parsed.data, index))
      statuses.push(parsed.data.status)
    } else dropped++
  })
  return { series, statuses, dropped }
}

/** The value a series stands for when one number is shown per series: PostHog's `aggregated_value`, else its total. */
export function seriesValue(series: TrendsSeries): number {
  return series.aggregated_value ?? series.count
}

export const funnelStepSchema = z.looseObject({
  action_id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(z.string()),
  custom_name: z.nullish(z.string()),
  order: z.int(),
  count: z.number(),
  average_conversion_time: z.nullish(z.number()),
  median_conversion_time: z.nullish(z.number()),
  breakdown_value: breakdownValueSchema,
})
export type FunnelStep = z.infer<typeof funnelStepSchema>
/** Without a breakdown a funnel is one list of steps; with one, a list of step lists (one per breakdown value). */
const funnelsResultSchema = z.union([z.array(funnelStepSchema), z.array(z.array(funnelStepSchema))])

/** `funnelVizType: time_to_convert`: a histogram of conversion times, `[bin start in seconds, people]` per bin. */
const conversionHistogramSchema = z.looseObject({
  bins: z.array(z.tuple([z.number(), z.number()])),
  average_conversion_time: z.nullish(z.number()),
  compare_label: z.nullish(z.string()),
})
export interface ConversionHistogram {
  bins: [number, number][]
  averageConversionTime: number | null
  /** `current` or `previous` when comparing with the previous period; null otherwise. */
  compareLabel: string | null
}
/** One histogram, or one per period when comparing with the previous period. */
const timeToConvertResultSchema = z.union([conversionHistogramSchema, z.array(conversionHistogramSchema)])

const retentionCohortSchema = z.looseObject({
  date: z.string(),
  label: z.string(),
  values: z.array(z.looseObject({ count: z.number(), label: z.optional(z.string()) })),
})
export type RetentionCohort = z.infer<typeof retentionCohortSchema>
const retentionResultSchema = z.array(retentionCohortSchema)

const pathsLinkSchema = z.looseObject({
  source: z.string(),
  target: z.string(),
  value: z.number(),
  average_conversion_time: z.nullish(z.number()),
})
export type PathsLink = z.infer<typeof pathsLinkSchema>
const pathsResultSchema = z.array(pathsLinkSchema)

/** SQL insights answer rows in `result` and the column names beside it in `insight.columns`, as PostHog does. */
const sqlRowsSchema = z.array(z.array(z.unknown()))
const sqlColumnsSchema = z.array(z.string())

export type InsightResultView =
  | { kind: 'TRENDS' | 'STICKINESS'; series: TrendsSeries[]; dropped: number }
  | { kind: 'LIFECYCLE'; series: LifecycleSeries[]; dropped: number }
  | { kind: 'FUNNELS'; viz: 'steps'; steps: FunnelStep[] | FunnelStep[][] }
  | { kind: 'FUNNELS'; viz: 'time_to_convert'; histograms: ConversionHistogram[] }
  | { kind: 'FUNNELS'; viz: 'trends'; series: TrendsSeries[]; dropped: number }
  | { kind: 'RETENTION'; cohorts: RetentionCohort[] }
  | { kind: 'PATHS'; links: PathsLink[] }
  | { kind: 'SQL'; columns: string[]; rows: unknown[][] }
  | { kind: 'JSON'; value: unknown }
  | { kind: 'unavailable' }

const unavailable: InsightResultView = { kind: 'unavailable' }

function readFunnel(result: unknown): InsightResultView {
  // The answer's shape says which view it is; a saved `funnelVizType` that disagrees with it cannot be drawn anyway.
  const histogram = timeToConvertResultSchema.safeParse(result)
  if (histogram.success) {
    const list = Array.isArray(histogram.data) ? histogram.data : [histogram.data]
    return {
      kind: 'FUNNELS',
      viz: 'time_to_convert',
      histograms: list.map((item) => ({
        bins: item.bins,
        averageConversionTime: item.average_conversion_time ?? null,
        compareLabel: item.compare_label ?? null,
      })),
    }
  }
  const steps = funnelsResultSchema.safeParse(result)
  if (steps.success) return { kind: 'FUNNELS', viz: 'steps', steps: steps.data }
  const trends = Array.isArray(result) && result.every((item) => typeof item === 'object' && item !== null && 'days' in item)
  const read = trends ? readSeries(result) : null
  if (read && read.series.length > 0) return { kind: 'FUNNELS', viz: 'trends', series: read.series, dropped: read.dropped }
  return unavailable
}

/** The result of an insight in the shape of its kind, or `unavailable` when missing or not in that shape. */
export function readInsightResult(kind: InsightKind, result: unknown, columns?: unknown): InsightResultView {
  if (result === null || result === undefined) return unavailable
  switch (kind) {
    case 'TRENDS':
    case 'STICKINESS': {
      const read = readSeries(result)
      return read && (read.series.length > 0 || read.dropped === 0)
        ? { kind, series: read.series, dropped: read.dropped }
        : unavailable
    }
    case 'LIFECYCLE': {
      const read = readSeries(result)
      if (!read) return unavailable
      const series: LifecycleSeries[] = []
      let dropped = read.dropped
      read.series.forEach((item, index) => {
        const status = read.statuses[index]
        if (isLifecycleStatus(status)) series.push({ ...item, status })
        else dropped++
      })
      return series.length > 0 || dropped === 0 ? { kind, series, dropped } : unavailable
    }
    case 'FUNNELS':
      return readFunnel(result)
    case 'RETENTION': {
      const parsed = retentionResultSchema.safeParse(result)
      return parsed.success ? { kind, cohorts: parsed.data } : unavailable
    }
    case 'PATHS': {
      const parsed = pathsResultSchema.safeParse(result)
      return parsed.success ? { kind, links: parsed.data } : unavailable
    }
    case 'SQL': {
      const rows = sqlRowsSchema.safeParse(result)
      const names = sqlColumnsSchema.safeParse(columns)
      return rows.success && names.success ? { kind, columns: names.data, rows: rows.data } : unavailable
    }
    case 'JSON':
      return { kind, value: result }
  }
}
