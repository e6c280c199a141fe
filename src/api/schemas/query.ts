import { z } from 'zod'

/*
 * Query nodes as PostHog stores them in `insight.query` (frontend/src/queries/schema). Every node is a loose object:
 * PostHog adds fields often, and an insight saved back after an edit must keep the ones this app does not know.
 */

const dateRangeSchema = z.looseObject({
  date_from: z.string().nullable().optional(),
  date_to: z.string().nullable().optional(),
})

export const intervalSchema = z.enum(['minute', 'hour', 'day', 'week', 'month'])
export type Interval = z.infer<typeof intervalSchema>

const mathFields = {
  name: z.string().nullable().optional(),
  custom_name: z.string().nullable().optional(),
  math: z.string().nullable().optional(),
  math_property: z.string().nullable().optional(),
}

const eventsNodeSchema = z.looseObject({
  kind: z.literal('EventsNode'),
  event: z.string().nullable().optional(),
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
  breakdown: z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
    .nullable()
    .optional(),
  breakdown_type: z.string().nullable().optional(),
})

const commonSourceFields = {
  dateRange: dateRangeSchema.optional(),
  filterTestAccounts: z.boolean().optional(),
}

const trendsQuerySchema = z.looseObject({
  kind: z.literal('TrendsQuery'),
  series: z.array(seriesNodeSchema),
  interval: intervalSchema.optional(),
  breakdownFilter: breakdownFilterSchema.optional(),
  trendsFilter: z.looseObject({ display: z.string().optional() }).optional(),
  ...commonSourceFields,
})

const funnelsQuerySchema = z.looseObject({
  kind: z.literal('FunnelsQuery'),
  series: z.array(seriesNodeSchema),
  interval: intervalSchema.optional(),
  breakdownFilter: breakdownFilterSchema.optional(),
  funnelsFilter: z
    .looseObject({
      funnelVizType: z.enum(['steps', 'time_to_convert', 'trends']).optional(),
      funnelOrderType: z.string().optional(),
      funnelWindowInterval: z.number().optional(),
      funnelWindowIntervalUnit: z.string().optional(),
    })
    .optional(),
  ...commonSourceFields,
})

const retentionEntitySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  name: z.string().nullable().optional(),
  type: z.string().optional(),
})

const retentionPeriodSchema = z.enum(['Hour', 'Day', 'Week', 'Month'])

const retentionQuerySchema = z.looseObject({
  kind: z.literal('RetentionQuery'),
  retentionFilter: z.looseObject({
    period: retentionPeriodSchema.optional(),
    totalIntervals: z.number().int().optional(),
    retentionType: z.string().optional(),
    targetEntity: retentionEntitySchema.optional(),
    returningEntity: retentionEntitySchema.optional(),
  }),
  ...commonSourceFields,
})

const pathsQuerySchema = z.looseObject({
  kind: z.literal('PathsQuery'),
  pathsFilter: z.looseObject({
    includeEventTypes: z.array(z.string()).optional(),
    startPoint: z.string().nullable().optional(),
    endPoint: z.string().nullable().optional(),
    stepLimit: z.number().int().optional(),
  }),
  ...commonSourceFields,
})

const stickinessQuerySchema = z.looseObject({
  kind: z.literal('StickinessQuery'),
  series: z.array(seriesNodeSchema),
  interval: intervalSchema.optional(),
  stickinessFilter: z.looseObject({}).optional(),
  ...commonSourceFields,
})

const lifecycleQuerySchema = z.looseObject({
  kind: z.literal('LifecycleQuery'),
  series: z.array(seriesNodeSchema),
  interval: intervalSchema.optional(),
  lifecycleFilter: z.looseObject({ toggledLifecycles: z.array(z.string()).optional() }).optional(),
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
  full: z.boolean().optional(),
})

const hogQLQuerySchema = z.looseObject({ kind: z.literal('HogQLQuery'), query: z.string() })

const dataVisualizationNodeSchema = z.looseObject({
  kind: z.literal('DataVisualizationNode'),
  source: hogQLQuerySchema,
  display: z.string().optional(),
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
