import type { QueryClient } from '@tanstack/react-query'

/** What every route's loader receives: the query client comes through here, never as an imported singleton. */
export interface RouterContext {
  queryClient: QueryClient
}
