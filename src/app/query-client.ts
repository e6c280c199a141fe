import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/http'

const MAX_RETRIES = 3

/** Retries only what may succeed next time (5xx, network); a 4xx answers the same again, so it is shown at once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  return error instanceof ApiError ? error.isTransient : false
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
      },
      mutations: { retry: false },
    },
  })
}
