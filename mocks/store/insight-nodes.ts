/*
 * The mock's own view of the query nodes PostHog stores in `insight.query` (frontend/src/queries/schema in PostHog)
 * and of the legacy `filters` older insights carry instead. The mock stands in for PostHog, so it reads them with its
 * own types, never with the client's schemas: the two sides must be able to disagree for the contract test to catch it.
 */

/** Any stored node: a kind plus whatever fields PostHog gave it. */
export interface QueryNode {
  kind: string
  [field: string]: unknown
}

interface SeriesMath {
  name?: string | null
  custom_name?: string | null
  math?: string | null
  math_property?: string | null
}

/** `EventsNode`, `ActionsNode` and `DataWarehouseNode`, the series of trends, funnels, stickiness and lifecycle. */
export type SeriesNode =
  | ({ kind: 'EventsNode'; event?: string | null } & SeriesMath)
  | ({ kind: 'ActionsNode'; id: number } & SeriesMath)
  | ({ kind: 'DataWarehouseNode'; id: string; table_name: string } & SeriesMath)

/** The values of PostHog's `insight` list filter (`InsightViewSet._filter_request`). */
export const INSIGHT_KINDS = ['TRENDS', 'FUNNELS', 'RETENTION', 'PATHS', 'STICKINESS', 'LIFECYCLE', 'SQL', 'JSON'] as const
export type InsightKind = (typeof INSIGHT_KINDS)[number]

export type Interval = 'minute' | 'hour' | 'day' | 'week' | 'month'

/** PostHog's `filters` of an insight saved before queries existed (`Filter` in posthog/models/filters). */
export type LegacyFilters = Record<string, unknown>

const KIND_BY_SOURCE: Readonly<Record<string, InsightKind>> = {
  TrendsQuery: 'TRENDS',
  FunnelsQuery: 'FUNNELS',
  RetentionQuery: 'RETENTION',
  PathsQuery: 'PATHS',
  StickinessQuery: 'STICKINESS',
  LifecycleQuery: 'LIFECYCLE',
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The kind of an insight as PostHog's list filter sees it: from the query node, or for a legacy insight from
 * `filters.insight` (PostHog's `Filter` defaults a missing `insight` to TRENDS).
 */
export function insightKindOf(query: QueryNode | null | undefined, filters?: LegacyFilters | null): InsightKind {
  if (!query) {
    if (!filters || Object.keys(filters).length === 0) return 'JSON'
    const legacy = typeof filters.insight === 'string' ? filters.insight.toUpperCase() : 'TRENDS'
    return INSIGHT_KINDS.find((kind) => kind === legacy && kind !== 'SQL' && kind !== 'JSON') ?? 'JSON'
  }
  const source = isRecord(query.source) ? query.source : {}
  const sourceKind = typeof source.kind === 'string' ? source.kind : ''
  if (query.kind === 'InsightVizNode' && Object.hasOwn(KIND_BY_SOURCE, sourceKind)) return KIND_BY_SOURCE[sourceKind] ?? 'JSON'
  if (query.kind === 'DataVisualizationNode' && sourceKind === 'HogQLQuery') return 'SQL'
  return 'JSON'
}
