import type { QueryClient } from '@tanstack/react-query'
import { insightQueries, type InsightListFilters } from '@/api/insights'
import { insightKindSchema, type InsightKind } from '@/api/schemas/insight'

/** Every insight type PostHog's `insight` filter knows; each insight is exactly one of them. */
export const insightKinds: readonly InsightKind[] = insightKindSchema.options

export const FAVORITES_SHOWN = 5
export const TRENDING_SHOWN = 10

/*
 * The summary counts insights without downloading them: a `limit=1` list answers with the total `count`, so one small
 * request per type (fired together, never one after another) gives the breakdown, and their sum is the total.
 */
const countOnly = (filters: InsightListFilters): InsightListFilters => ({ ...filters, limit: 1 })

export const homeQueries = {
  trending: (projectId: string, days: number) => insightQueries.trending(projectId, { days, limit: TRENDING_SHOWN }),
  lastViewed: (projectId: string) => insightQueries.lastViewed(projectId),
  favorites: (projectId: string) =>
    insightQueries.list(projectId, { favorited: true, order: '-last_modified_at', limit: FAVORITES_SHOWN }),
  countByKind: (projectId: string, kind: InsightKind) => insightQueries.list(projectId, countOnly({ insight: kind })),
  createdThisWeek: (projectId: string) => insightQueries.list(projectId, countOnly({ created_date_from: '-7d' })),
}

/**
 * Starts every card's request at once, while the page's code loads, without waiting for any: each card shows its own
 * data, skeleton or error as its request settles.
 */
export function prefetchHome(client: QueryClient, projectId: string, days: number): void {
  void client.prefetchQuery(homeQueries.trending(projectId, days))
  void client.prefetchQuery(homeQueries.lastViewed(projectId))
  void client.prefetchQuery(homeQueries.favorites(projectId))
  void client.prefetchQuery(homeQueries.createdThisWeek(projectId))
  for (const kind of insightKinds) void client.prefetchQuery(homeQueries.countByKind(projectId, kind))
}
