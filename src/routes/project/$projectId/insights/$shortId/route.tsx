import { createFileRoute, notFound } from '@tanstack/react-router'
import { ApiError } from '@/api/http'
import { insightQueries } from '@/api/insights'
import { RouteErrorFallback } from '@/app/route-error-fallback'
import { InsightDetailFrame } from '@/features/insight-detail/insight-detail-frame'
import { insightDisplayName } from '@/api/schemas/insight'
import { InsightNotFound } from '@/features/insight-detail/insight-not-found'

export const Route = createFileRoute('/project/$projectId/insights/$shortId')({
  loader: async ({ context, params }) => {
    try {
      return await context.queryClient.ensureQueryData(insightQueries.detail(params.projectId, params.shortId))
    } catch (error) {
      // Unknown and soft-deleted insights both answer 404: the page says so and offers the way back.
      if (error instanceof ApiError && error.status === 404) throw notFound()
      throw error
    }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: `${loaderData ? insightDisplayName(loaderData) : 'Insight'} · Insight Desk` }],
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
    return <InsightDetailFrame projectId={projectId} shortId={shortId} />
  },
})
