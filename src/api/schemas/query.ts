import { z } from 'zod/mini'

/*
 * Query nodes as PostHog stores them in `insight.query` (frontend/src/queries/schema). Every node is a loose object:
 * PostHog adds fields often, and an insight saved back after an edit must keep the ones this app does not know.
 */

const dateRangeSchema = z.looseObject({
  date_from: z.nullish(z.string()),
  date_to: z.nullish(z.string()),
})

export const intervalSchema = z.enum(['minute', 'hour', 'day', 'week', 'month'])
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
export type SeriesNode = z.infer<typeof seriesNodeSchema>

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

/** The insight type PostHog's list filter and badges use, read from the stored query node. */
export function insightKind(query: InsightQuery | null | undefined): InsightKind {
  if (!query) return 'JSON'
  const source: unknown = 'source' in query ? query.source : undefined
  const sourceKind = kindOf(source)
  if (query.kind === 'InsightVizNode' && isSourceKind(sourceKind)) return kindBySource[sourceKind]
  if (query.kind === 'DataVisualizationNode' && sourceKind === 'HogQLQuery') return 'SQL'
  return 'JSON'
}
