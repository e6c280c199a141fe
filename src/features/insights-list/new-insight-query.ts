import type { InsightKind } from '@/api/schemas/insight'
import type { InsightQuery } from '@/api/schemas/query'

export const creatableKinds = [
  'TRENDS',
  'FUNNELS',
  'RETENTION',
  'PATHS',
  'STICKINESS',
  'LIFECYCLE',
  'SQL',
] as const satisfies readonly InsightKind[]
export type CreatableKind = (typeof creatableKinds)[number]

const pageviews = { kind: 'EventsNode', event: '$pageview', name: '$pageview', math: 'total' } as const
const dateRange = { date_from: '-30d' }

/**
 * A sensible first query for a new insight of each type — what PostHog's "New insight" starts from — so the detail
 * page has something to show; the user refines it there.
 */
export function starterQuery(kind: CreatableKind): InsightQuery {
  switch (kind) {
    case 'TRENDS':
      return { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [pageviews], interval: 'day', dateRange } }
    case 'FUNNELS':
      return {
        kind: 'InsightVizNode',
        source: {
          kind: 'FunnelsQuery',
          series: [pageviews, { kind: 'EventsNode', event: '$autocapture', name: '$autocapture' }],
          dateRange,
        },
      }
    case 'RETENTION':
      return {
        kind: 'InsightVizNode',
        source: {
          kind: 'RetentionQuery',
          retentionFilter: {
            period: 'Day',
            totalIntervals: 8,
            targetEntity: { id: '$pageview', name: '$pageview', type: 'events' },
            returningEntity: { id: '$pageview', name: '$pageview', type: 'events' },
          },
          dateRange,
        },
      }
    case 'PATHS':
      return {
        kind: 'InsightVizNode',
        source: { kind: 'PathsQuery', pathsFilter: { includeEventTypes: ['$pageview'] }, dateRange },
      }
    case 'STICKINESS':
      return { kind: 'InsightVizNode', source: { kind: 'StickinessQuery', series: [pageviews], interval: 'day', dateRange } }
    case 'LIFECYCLE':
      return { kind: 'InsightVizNode', source: { kind: 'LifecycleQuery', series: [pageviews], interval: 'day', dateRange } }
    case 'SQL':
      return {
        kind: 'DataVisualizationNode',
        source: {
          kind: 'HogQLQuery',
          query: 'SELECT event, count() AS total FROM events GROUP BY event ORDER BY total DESC LIMIT 20',
        },
      }
  }
}
