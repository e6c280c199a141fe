import type { QueryClient } from '@tanstack/react-query'
import { insightKeys } from './insights'

/** Insight details kept once their page is closed: enough for back and forth, bounded for a day-long session. */
export const CACHED_INSIGHT_DETAILS = 10

const isInsightDetailKey = (key: readonly unknown[]) => key.length === 4 && key[0] === insightKeys.all[0] && key[2] === 'detail'

/**
 * Each insight detail holds its whole `result`, so opening insight after insight would grow memory until React
 * Query's 5-minute garbage collection caught up. This drops the least recently used details that no page watches,
 * beyond `max`, whenever a page stops watching one. Returns the unsubscribe function.
 */
export function limitCachedInsightDetails(client: QueryClient, max = CACHED_INSIGHT_DETAILS): () => void {
  const cache = client.getQueryCache()
  return cache.subscribe((event) => {
    if (event.type !== 'observerRemoved' || !isInsightDetailKey(event.query.queryKey as readonly unknown[])) return
    const idle = cache
      .findAll({ predicate: (query) => isInsightDetailKey(query.queryKey) && query.getObserversCount() === 0 })
      .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)
    for (const query of idle.slice(max)) cache.remove(query)
  })
}
