import { createFileRoute } from '@tanstack/react-router'
import { insightQueries } from '@/api/insights'
import { InsightOverview } from '@/features/insight-detail/insight-overview'
import { chartTypeOf } from '@/features/insight-detail/insight-result-panel'
import { preloadChart } from '@/features/insight-detail/load-insight-chart'
import { overviewSearchSchema } from '@/features/insight-detail/overview-search'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/')({
  validateSearch: overviewSearchSchema,
  loader: async ({ context, params }) => {
    const insight = await context.queryClient.ensureQueryData(insightQueries.detail(params.projectId, params.shortId))
    // Only the chart code this insight draws, fetched before the page renders it (on hover, when the link preloads).
    preloadChart(chartTypeOf(insight))
    return insight
  },
  component: function InsightOverviewRoute() {
    const { projectId, shortId } = Route.useParams()
    const { display, table } = Route.useSearch()
    const navigate = Route.useNavigate()
    return (
      <InsightOverview
        projectId={projectId}
        shortId={shortId}
        display={display}
        showTable={table ?? false}
        onViewChange={(view) =>
          void navigate({
            search: (previous) => ({ ...previous, ...view, table: (view.table ?? previous.table) || undefined }),
            replace: true,
          })
        }
      />
    )
  },
})
