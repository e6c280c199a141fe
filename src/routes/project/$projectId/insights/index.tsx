import { createFileRoute, retainSearchParams } from '@tanstack/react-router'
import { insightQueries } from '@/api/insights'
import { cardGridCode, filtersPanelCode, InsightListPage } from '@/features/insights-list/insight-list-page'
import { useInsightListPreferences } from '@/stores/insight-list-preferences'
import {
  insightListFilters,
  insightListSearchSchema,
  panelFilterCount,
  retainedListSearchKeys,
} from '@/features/insights-list/list-search'

export const Route = createFileRoute('/project/$projectId/insights/')({
  validateSearch: insightListSearchSchema,
  // Links within the list (tabs, pages, sort) only name what they change; the other filters stay.
  search: { middlewares: [retainSearchParams([...retainedListSearchKeys])] },
  loaderDeps: ({ search }) => ({ search }),
  loader: async ({ context, params, deps, cause }) => {
    const rows = context.queryClient.ensureQueryData(insightQueries.list(params.projectId, insightListFilters(deps.search)))
    // Entering the page waits for rows so the first paint has them. A filter or page change on the page does not: the
    // page keeps the previous rows on screen (dimmed) until the new ones arrive, and shows a failure itself.
    if (cause === 'stay') rows.catch(() => undefined)
    // With filters in the address the page opens with its filter panel, and in the cards view with its cards: their code
    // comes with the rows (a chunk that fails to load leaves its placeholder, and the page's error boundary says so).
    else
      await Promise.all([
        rows,
        panelFilterCount(deps.search) > 0 ? filtersPanelCode.load().catch(() => undefined) : null,
        useInsightListPreferences.getState().view === 'cards' ? cardGridCode.load().catch(() => undefined) : null,
      ])
  },
  head: () => ({ meta: [{ title: 'Insights · Insight Desk' }] }),
  component: InsightListPage,
})
