import { createFileRoute, notFound } from '@tanstack/react-router'
import { ApiError } from '@/api/http'
import { insightQueries } from '@/api/insights'
import { RouteErrorFallback } from '@/app/route-error-fallback'
import { InsightDetailFrame } from '@/features/insight-detail/insight-detail-frame'
import { insightDisplayName } from '@/api/schemas/insight'
import { InsightNotFound } from '@/features/insight-detail/insight-not-found'
import { useInsightListPosition } from '@/features/insights-list/list-trail'

export const Route = createFileRoute('/project/$projectId/insights/$shortId')({
  // Returns only the title: the router keeps each visited page's loader data for its own cache time, and a whole insight
  // (with its results) there would outlive React Query's bounded cache of details.
  loader: async ({ context, params }) => {
    try {
      const insight = await context.queryClient.ensureQueryData(insightQueries.detail(params.projectId, params.shortId))
      return { title: insightDisplayName(insight) }
    } catch (error) {
      // Unknown and soft-deleted insights both answer 404: the page says so and offers the way back.
      if (error instanceof ApiError && error.status === 404) throw notFound()
      throw error
    }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: `${loaderData?.title ?? 'Insight'} · Insight Desk` }],
  }),
  notFoundComponent: function InsightNotFoundRoute() {
    const { projectId } = Route.useParams()
    return <InsightNotFound projectId={projectId} />
  },
  errorComponent: function InsightErrorRoute(props) {
    const { projectId } = Route.useParams()
    // Deleted while open (a refetch answers 404): the same not-found page as on arrival.
    if (props.error instanceof ApiError && props.error.status === 404) return <InsightNotFound projectId={projectId} />
    return <RouteErrorFallback {...props} />
  },
  component: function InsightDetailRoute() {
    const { projectId, shortId } = Route.useParams()
    // The list works out where this insight stands in it; the detail page only shows it (features stay apart).
    const listWalk = useInsightListPosition(projectId, shortId)
    return <InsightDetailFrame projectId={projectId} shortId={shortId} listWalk={listWalk} />
  },
})
