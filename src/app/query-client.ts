import { isCancelledError, type Mutation, MutationCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/http'
import { limitCachedInsightDetails } from '@/api/insight-cache-limit'

const MAX_RETRIES = 3
const MAX_WRITE_RETRIES = 2

/** Retries only what may succeed next time (5xx, network); a 4xx answers the same again, so it is shown at once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  return error instanceof ApiError ? error.isTransient : false
}

/**
 * Writes are retried only when sending them twice is harmless: a PATCH, PUT or DELETE of the same body lands on the
 * same state, while a POST may create a second insight or password, so a failed POST is reported at once instead.
 */
export function shouldRetryWrite(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_WRITE_RETRIES) return false
  return error instanceof ApiError && error.isTransient && error.method !== null && error.method !== 'POST'
}

/** Exponential backoff (0.5 s, 1 s, 2 s … capped at 8 s) with jitter, so many tabs recovering at once do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(500 * 2 ** attempt, 8_000)
  return Math.round(ceiling * (0.5 + random() / 2))
}

const retryDelay = (attempt: number): number => backoffDelay(attempt)

/** Per client, the writes sent and not answered yet (a mutation's follow-up refetches no longer count). */
const unansweredWrites = new WeakMap<QueryClient, Set<Mutation<unknown, unknown, unknown>>>()

/**
 * Counts a mutation from its start until its request is answered. One whose `meta.savesChanges` is false (recording a
 * view, cancelling or recomputing a query) leaves nothing unsaved, so it is not counted.
 */
function trackUnansweredWrites(writes: Set<Mutation<unknown, unknown, unknown>>): MutationCache {
  return new MutationCache({
    onMutate: (_variables, mutation) => {
      if (mutation.meta?.savesChanges !== false) writes.add(mutation)
    },
    onSuccess: (_data, _variables, _result, mutation) => writes.delete(mutation),
    onError: (_error, _variables, _result, mutation) => writes.delete(mutation),
  })
}

export function createQueryClient(): QueryClient {
  const writes = new Set<Mutation<unknown, unknown, unknown>>()
  const client = new QueryClient({
    mutationCache: trackUnansweredWrites(writes),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, retryDelay },
      mutations: { retry: shouldRetryWrite, retryDelay },
    },
  })
  unansweredWrites.set(client, writes)
  limitCachedInsightDetails(client)
  refetchWhenCancelled(client)
  return client
}

/**
 * Asks before the tab is closed or reloaded while a write has not been answered: an edit shows at once (tags, a rename),
 * so a reload a moment later would otherwise cut the request short and lose it without a word.
 */
export function confirmLeavingWithPendingWrites(client: QueryClient, target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('beforeunload', (event) => {
    if ((unansweredWrites.get(client)?.size ?? 0) > 0) event.preventDefault()
  })
}

/**
 * A route loader awaits `ensureQueryData` while the page's components may already watch the same query (the header
 * shows the project the loader checks). When such a component stops watching mid-fetch — React's StrictMode mounts
 * everything twice in development — React Query cancels the fetch, and the loader would fail the page with a
 * CancelledError. Nothing failed, so the fetch is made once more instead. (`ensureQueryData`, `prefetchQuery` and the
 * infinite variants all go through `fetchQuery`.)
 */
function refetchWhenCancelled(client: QueryClient): void {
  const fetchQuery = client.fetchQuery.bind(client)
  client.fetchQuery = (async (options: Parameters<typeof fetchQuery>[0]) => {
    try {
      return await fetchQuery(options)
    } catch (error) {
      if (!isCancelledError(error)) throw error
      return fetchQuery(options)
    }
  }) as typeof client.fetchQuery
}
