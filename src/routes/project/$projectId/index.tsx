import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { HomePage } from '@/features/home/home-page'
import { prefetchHome } from '@/features/home/home-queries'
import { homeSearchDefaults, homeSearchSchema } from '@/features/home/home-search'

export const Route = createFileRoute('/project/$projectId/')({
  validateSearch: homeSearchSchema,
  search: { middlewares: [stripSearchParams(homeSearchDefaults)] },
  loaderDeps: ({ search }) => ({ days: search.days }),
  // Starts every card's request without waiting: each card shows its own skeleton, data or error.
  loader: ({ context, params, deps }) => prefetchHome(context.queryClient, params.projectId, deps.days),
  head: () => ({ meta: [{ title: 'Home · Insight Desk' }] }),
  component: HomePage,
})
