import type { QueryClient } from '@tanstack/react-query'

/**
 * After the data behind every query changed at once (another connection, reset demo data): drop what nobody shows and
 * refetch what is on screen, so nothing from before leaks into what comes after.
 */
export async function reloadAllQueries(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ type: 'inactive' })
  await queryClient.resetQueries()
}
