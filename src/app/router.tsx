import { createRouter } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import type { RouterContext } from './router-context'
import { routeTree } from '@/routeTree.gen'
import { RouteErrorFallback } from './route-error-fallback'
import { NotFoundPage } from './not-found-page'
import { PageSkeleton } from '@/components/page-skeleton'

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient } satisfies RouterContext,
    defaultPreload: 'intent',
    // React Query owns freshness; the router should always ask it.
    defaultPreloadStaleTime: 0,
    // A fast answer shows no skeleton at all; a slow one shows it long enough not to flicker.
    defaultPendingMs: 250,
    defaultPendingMinMs: 400,
    defaultPendingComponent: PageSkeleton,
    defaultErrorComponent: RouteErrorFallback,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
