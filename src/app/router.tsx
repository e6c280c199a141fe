import { createRouter } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import type { RouterContext } from './router-context'
import { routeTree } from '@/routeTree.gen'
import { RouteErrorFallback } from './route-error-fallback'
import { LazyNotFoundPage } from './lazy-not-found-page'
import { PageSkeleton } from '@/components/page-skeleton'

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient } satisfies RouterContext,
    defaultPreload: 'intent',
    // React Query owns freshness; the router should always ask it.
    defaultPreloadStaleTime: 0,
    // A fast answer shows no skeleton at all; a slow one shows it long enough not to flicker, and no longer: every extra
    // millisecond of skeleton delays the rows (it held the first row of a cold list load back by up to 400 ms).
    defaultPendingMs: 250,
    defaultPendingMinMs: 150,
    defaultPendingComponent: PageSkeleton,
    defaultErrorComponent: RouteErrorFallback,
    defaultNotFoundComponent: LazyNotFoundPage,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
