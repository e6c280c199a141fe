import { createFileRoute } from '@tanstack/react-router'
import { elementQueries } from '@/api/elements'
import { statsEvents } from '@/features/elements/element-filters'
import { ELEMENT_PAGE_SIZE, elementSearchSchema } from '@/features/elements/element-search'
import { ElementsPage } from '@/features/elements/elements-page'

export const Route = createFileRoute('/project/$projectId/elements')({
  validateSearch: elementSearchSchema,
  // Text filters narrow the loaded rows in the browser; only the click summary's events change what is fetched.
  loaderDeps: ({ search }) => ({ rageclicks: search.rageclicks, deadclicks: search.deadclicks }),
  loader: async ({ context, params, deps }) => {
    // The summary is secondary: start it, but let the table alone decide when the page can show.
    void context.queryClient
      .prefetchQuery(elementQueries.stats(params.projectId, { include: statsEvents(deps) }))
      .catch(() => undefined)
    await context.queryClient.ensureInfiniteQueryData(elementQueries.pages(params.projectId, ELEMENT_PAGE_SIZE))
  },
  head: () => ({ meta: [{ title: 'Elements · Insight Desk' }] }),
  component: ElementsPage,
})
