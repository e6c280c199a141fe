import { z } from 'zod/mini'

/*
 * Query nodes as PostHog stores them in `insight.query` (frontend/src/queries/schema). Every node is a loose object:
 * PostHog adds fields often, and an insight saved back after an edit must keep the ones this app does not know.
 */

const dateRangeSchema = z.looseObject({
  date_from: z.nullish(z.string()),
  date_to: z.nullish(z.string()),
})

const intervalSchema = z.enum(['minute', 'hour', 'day', 'week', 'month'])
export type Interval = z.infer<typeof intervalSchema>

const mathFields = {
  name: z.nullish(z.string()),
  custom_name: z.nullish(z.string()),
  math: z.nullish(z.string()),
  math_property: z.nullish(z.string()),
}

const eventsNodeSchema = z.looseObject({
  kind: z.literal('EventsNode'),
  event: z.nullish(z.string()),
  ...mathFields,
})
const actionsNodeSchema = z.looseObject({ kind: z.literal('ActionsNode'), id: z.number(), ...mathFields })
const dataWarehouseNodeSchema = z.looseObject({
  kind: z.literal('DataWarehouseNode'),
  id: z.string(),
  table_name: z.string(),
  ...mathFields,
})
const seriesNodeSchema = z.discriminatedUnion('kind', [eventsNodeSchema, actionsNodeSchema, dataWarehouseNodeSchema])

const breakdownFilterSchema = z.looseObject({
  breakdown: z.nullish(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])),
  breakdown_type: z.nullish(z.string()),
})

const commonSourceFields = {
  dateRange: z.optional(dateRangeSchema),
  filterTestAccounts: z.optional(z.boolean()),
}

const trendsQuerySchema = z.looseObject({
  kind: z.literal('TrendsQuery'),
  series: z.array(seriesNodeSchema),
  interval: z.optional(intervalSchema),
  breakdownFilter: z.optional(breakdownFilterSchema),
  trendsFilter: z.optional(z.looseObject({ display: z.optional(z.string()) })),
  ...commonSourceFields,
})

const funnelsQuerySchema = z.looseObject({
  kind: z.literal('FunnelsQuery'),
  series: z.array(seriesNodeSchema),
  interval: z.optional(intervalSchema),
  breakdownFilter: z.optional(breakdownFilterSchema),
  funnelsFilter: z.optional(
    z.looseObject({
      funnelVizType: z.optional(z.enum(['steps', 'time_to_convert', 'trends'])),
      funnelOrderType: z.optional(z.string()),
      funnelWindowInterval: z.optional(z.number()),
      funnelWindowIntervalUnit: z.optional(z.string()),
    }),
  ),
  ...commonSourceFields,
})

const retentionEntitySchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: z.nullish(z.string()),
  type: z.optional(z.string()),
})

const retentionPeriodSchema = z.enum(['Hour', 'Day', 'Week', 'Month'])

const retentionQuerySchema = z.looseObject({
  kind: z.literal('RetentionQuery'),
  retentionFilter: z.looseObject({
    period: z.optional(retentionPeriodSchema),
    totalIntervals: z.optional(z.int()),
    retentionType: z.optional(z.string()),
    targetEntity: z.optional(retentionEntitySchema),
    returningEntity: z.optional(retentionEntitySchema),
  }),
  ...commonSourceFields,
})

const pathsQuerySchema = z.looseObject({
  kind: z.literal('PathsQuery'),
  pathsFilter: z.looseObject({
    includeEventTypes: z.optional(z.array(z.string())),
    startPoint: z.nullish(z.string()),
    endPoint: z.nullish(z.string()),
    stepLimit: z.optional(z.int()),
  }),
  ...commonSourceFields,
})

const stickinessQuerySchema = z.looseObject({
  kind: z.literal('StickinessQuery'),
  series: z.array(seriesNodeSchema),
  interval: z.optional(intervalSchema),
  stickinessFilter: z.optional(z.looseObject({})),
  ...commonSourceFields,
})

const lifecycleQuerySchema = z.looseObject({
  kind: z.literal('LifecycleQuery'),
  series: z.array(seriesNodeSchema),
  interval: z.optional(intervalSchema),
  lifecycleFilter: z.optional(z.looseObject({ toggledLifecycles: z.optional(z.array(z.string())) })),
  ...commonSourceFields,
})

const insightVizSourceSchema = z.discriminatedUnion('kind', [
  trendsQuerySchema,
  funnelsQuerySchema,
  retentionQuerySchema,
  pathsQuerySchema,
  stickinessQuerySchema,
  lifecycleQuerySchema,
])
type InsightVizSource = z.infer<typeof insightVizSourceSchema>

const insightVizNodeSchema = z.looseObject({
  kind: z.literal('InsightVizNode'),
  source: insightVizSourceSchema,
  full: z.optional(z.boolean()),
})

const hogQLQuerySchema = z.looseObject({ kind: z.literal('HogQLQuery'), query: z.string() })

const dataVisualizationNodeSchema = z.looseObject({
  kind: z.literal('DataVisualizationNode'),
  source: hogQLQuerySchema,
  display: z.optional(z.string()),
})

/** Any other node (DataTableNode, an InsightVizNode around a source this app does not chart …): shown as JSON. */
const jsonQueryNodeSchema = z.looseObject({ kind: z.string() })

export const insightQuerySchema = z.union([insightVizNodeSchema, dataVisualizationNodeSchema, jsonQueryNodeSchema])
export type InsightQuery = z.infer<typeof insightQuerySchema>

/** The values of PostHog's `insight` list filter. */
export const insightKindSchema = z.enum(['TRENDS', 'FUNNELS', 'RETENTION', 'PATHS', 'STICKINESS', 'LIFECYCLE', 'SQL', 'JSON'])
export type InsightKind = z.infer<typeof insightKindSchema>

const kindBySource: Readonly<Record<InsightVizSource['kind'], InsightKind>> = {
  TrendsQuery: 'TRENDS',
  FunnelsQuery: 'FUNNELS',
  RetentionQuery: 'RETENTION',
  PathsQuery: 'PATHS',
  StickinessQuery: 'STICKINESS',
  LifecycleQuery: 'LIFECYCLE',
}

function isSourceKind(kind: unknown): kind is InsightVizSource['kind'] {
  return typeof kind === 'string' && Object.hasOwn(kindBySource, kind)
}

function kindOf(node: unknown): unknown {
  return typeof node === 'object' && node !== null && 'kind' in node ? node.kind : undefined
}

/** PostHog's legacy `filters.insight` values, for insights saved before queries existed. */
const legacyKinds: readonly InsightKind[] = ['TRENDS', 'FUNNELS', 'RETENTION', 'PATHS', 'STICKINESS', 'LIFECYCLE']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An insight saved by an older PostHog carries `filters` (`insight`, `display`, `events` …) and no `query`. */
export type LegacyFilters = Record<string, unknown> | null | undefined

/**
 * The insight type PostHog's list filter and badges use, read from the stored query node, or from the legacy
 * `filters` when there is no query (`filters.insight`, which PostHog defaults to TRENDS).
 */
export function insightKind(query: InsightQuery | null | undefined, filters?: LegacyFilters): InsightKind {
  if (!query) {
    if (!isRecord(filters) || Object.keys(filters).length === 0) return 'JSON'
    const legacy = typeof filters.insight === 'string' ? filters.insight.toUpperCase() : 'TRENDS'
    return legacyKinds.find((kind) => kind === legacy) ?? 'JSON'
  }
  const source: unknown = 'source' in query ? query.source : undefined
  const sourceKind = kindOf(source)
  if (query.kind === 'InsightVizNode' && isSourceKind(sourceKind)) return kindBySource[sourceKind]
  if (query.kind === 'DataVisualizationNode' && sourceKind === 'HogQLQuery') return 'SQL'
  return 'JSON'
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

/**
 * The saved display of a trends, stickiness or lifecycle insight (`ActionsLineGraph`, `BoldNumber`, `WorldMap` …) or
 * of a SQL visualization, from `trendsFilter.display` (or the stickiness or lifecycle filter), the node's own
 * `display`, or the legacy `filters.display`; null when none is saved.
 */
export function insightDisplay(query: InsightQuery | null | undefined, filters?: LegacyFilters): string | null {
  const source = field(query, 'source')
  const candidates = [
    field(field(source, 'trendsFilter'), 'display'),
    field(field(source, 'stickinessFilter'), 'display'),
    field(field(source, 'lifecycleFilter'), 'display'),
    field(query, 'display'),
    query ? undefined : field(filters, 'display'),
  ]
  const display = candidates.find((value) => typeof value === 'string' && value !== '')
  return typeof display === 'string' ? display : null
}

/** Whether a trends insight compares with the previous period: `compareFilter.compare`, or the legacy `filters.compare`. */
export function insightCompares(query: InsightQuery | null | undefined, filters?: LegacyFilters): boolean {
  const saved = query ? field(field(field(query, 'source'), 'compareFilter'), 'compare') : field(filters, 'compare')
  return saved === true
}

/** A SQL visualization's axes (`DataVisualizationNode.chartSettings`): the x column and the y columns, when chosen. */
export function sqlChartAxes(query: InsightQuery | null | undefined): { xAxis: string | null; yAxis: string[] } {
  const settings = field(query, 'chartSettings')
  const x = field(field(settings, 'xAxis'), 'column')
  const y = field(settings, 'yAxis')
  return {
    xAxis: typeof x === 'string' ? x : null,
    yAxis: Array.isArray(y) ? y.map((axis) => field(axis, 'column')).filter((column) => typeof column === 'string') : [],
  }
}
