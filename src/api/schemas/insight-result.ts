import { z } from 'zod/mini'
import type { InsightKind } from './query'

/*
 * `insight.result` differs per insight type and PostHog types it as "any", so the insight schema keeps it `unknown`
 * and `readInsightResult` parses it with the schema of the insight's kind. A shape mismatch then degrades to
 * "unavailable" for that one chart instead of failing the whole insight.
 */

const seriesActionSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(z.string()),
  type: z.optional(z.string()),
  order: z.optional(z.number()),
})

/** One line of a trends or stickiness chart; `days` are ISO dates, `labels` their display form. */
const trendsSeriesSchema = z.looseObject({
  label: z.string(),
  data: z.array(z.number()),
  labels: z.array(z.string()),
  days: z.array(z.union([z.string(), z.number()])),
  count: z.number(),
  action: z.nullish(seriesActionSchema),
  breakdown_value: z.nullish(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])),
})
export type TrendsSeries = z.infer<typeof trendsSeriesSchema>
export const trendsResultSchema = z.array(trendsSeriesSchema)

const lifecycleStatusSchema = z.enum(['new', 'returning', 'resurrecting', 'dormant'])

/** Lifecycle answers one series per status; dormant users count negative so the chart stacks below zero. */
const lifecycleSeriesSchema = z.extend(trendsSeriesSchema, { status: lifecycleStatusSchema })
export type LifecycleSeries = z.infer<typeof lifecycleSeriesSchema>
const lifecycleResultSchema = z.array(lifecycleSeriesSchema)

export const funnelStepSchema = z.looseObject({
  action_id: z.nullish(z.union([z.string(), z.number()])),
  name: z.string(),
  custom_name: z.nullish(z.string()),
  order: z.int(),
  count: z.number(),
  average_conversion_time: z.nullable(z.number()),
  median_conversion_time: z.nullish(z.number()),
  breakdown_value: z.nullish(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])),
})
export type FunnelStep = z.infer<typeof funnelStepSchema>
/** Without a breakdown a funnel is one list of steps; with one, a list of step lists (one per breakdown value). */
const funnelsResultSchema = z.union([z.array(funnelStepSchema), z.array(z.array(funnelStepSchema))])

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
  | { kind: 'TRENDS' | 'STICKINESS'; series: TrendsSeries[] }
  | { kind: 'LIFECYCLE'; series: LifecycleSeries[] }
  | { kind: 'FUNNELS'; steps: FunnelStep[] | FunnelStep[][] }
  | { kind: 'RETENTION'; cohorts: RetentionCohort[] }
  | { kind: 'PATHS'; links: PathsLink[] }
  | { kind: 'SQL'; columns: string[]; rows: unknown[][] }
  | { kind: 'JSON'; value: unknown }
  | { kind: 'unavailable' }

const unavailable: InsightResultView = { kind: 'unavailable' }

/** The result of an insight in the shape of its kind, or `unavailable` when missing or not in that shape. */
export function readInsightResult(kind: InsightKind, result: unknown, columns?: unknown): InsightResultView {
  if (result === null || result === undefined) return unavailable
  switch (kind) {
    case 'TRENDS':
    case 'STICKINESS': {
      const parsed = trendsResultSchema.safeParse(result)
      return parsed.success ? { kind, series: parsed.data } : unavailable
    }
    case 'LIFECYCLE': {
      const parsed = lifecycleResultSchema.safeParse(result)
      return parsed.success ? { kind, series: parsed.data } : unavailable
    }
    case 'FUNNELS': {
      const parsed = funnelsResultSchema.safeParse(result)
      return parsed.success ? { kind, steps: parsed.data } : unavailable
    }
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
