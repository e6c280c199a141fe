/*
 * The shapes of `insight.result` as PostHog sends them, per kind and display. Sources: the real answers PostHog keeps
 * as fixtures in frontend/src/mocks/fixtures/api/projects/team_id/insights/ (trendsLine, trendsNumber, trendsPie,
 * trendsValue, trendsTable, trendsWorldMap, trendsCumulative, funnelLeftToRight, funnelTimeToConvert,
 * funnelHistoricalTrends, retention, userPaths, stickiness, lifecycle, dataVisualizationHogQL) and the runners that
 * produce them (posthog/hogql_queries/insights/trends/trends_query_runner.py `TrendsQueryRunner`,
 * funnels/funnel_time_to_convert.py, funnels/funnel_trends.py). The mock's own types: it never reads the client's.
 */

interface SeriesAction {
  id: string | number | null
  type: 'events' | 'actions'
  order: number
  name: string
  custom_name?: string | null
  math?: string | null
  math_property?: string | null
  math_group_type_index?: number | null
  properties?: Record<string, unknown>
}

/**
 * A trends, stickiness or lifecycle series. Time-series displays fill `data`/`labels`/`days`; one-number displays
 * (BoldNumber, ActionsPie, ActionsBarValue, ActionsTable, WorldMap) send `data: []`, `labels: []` and
 * `aggregated_value`. "Compare to previous period" adds `compare` and `compare_label`. Funnel trends carry neither
 * `label` nor `action`; lifecycle adds `status`.
 */
export interface TrendsSeriesRow {
  label?: string
  data: number[]
  labels: string[]
  days: (string | number)[]
  count: number
  action?: SeriesAction
  aggregated_value?: number
  breakdown_value?: string | number
  compare?: boolean
  compare_label?: 'current' | 'previous'
  status?: 'new' | 'returning' | 'resurrecting' | 'dormant'
}

export interface FunnelStepRow {
  action_id: string | number | null
  name: string
  custom_name: string | null
  order: number
  count: number
  type: 'events' | 'actions'
  average_conversion_time: number | null
  median_conversion_time: number | null
}

export interface RetentionCohortRow {
  date: string
  label: string
  values: { count: number; label: string }[]
}

export interface PathsLinkRow {
  source: string
  target: string
  value: number
  average_conversion_time: number
}
