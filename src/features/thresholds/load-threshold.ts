import type { QueryClient } from '@tanstack/react-query'
import { notFound } from '@tanstack/react-router'
import { ApiError } from '@/api/http'
import { insightQueries } from '@/api/insights'
import type { Threshold } from '@/api/schemas/threshold'
import { thresholdQueries } from '@/api/thresholds'

/**
 * The detail tab needs the threshold and the insight's series, fetched side by side. A threshold the API does not
 * know is the tab's not-found state, not an error: retrying would answer the same.
 */
export async function loadThresholdOrNotFound(
  queryClient: QueryClient,
  projectId: string,
  shortId: string,
  thresholdId: string,
): Promise<Threshold> {
  const insight = queryClient.ensureQueryData(insightQueries.detail(projectId, shortId))
  try {
    const [threshold] = await Promise.all([
      queryClient.ensureQueryData(thresholdQueries.detail(projectId, shortId, thresholdId)),
      insight,
    ])
    return threshold
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound()
    throw error
  }
}
