import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { insightQueries } from '@/api/insights'
import { activitySearchDefaults, activitySearchSchema } from '@/features/insight-detail/activity-search'
import { InsightActivity, insightActivityPage } from '@/features/insight-detail/insight-activity'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/activity')({
  validateSearch: activitySearchSchema,
  search: { middlewares: [stripSearchParams(activitySearchDefaults)] },
  loaderDeps: ({ search }) => ({ page: search.page }),
  loader: async ({ context, params, deps }) => {
    // Activity is keyed by the numeric id, which the URL's short_id only gives through the insight itself.
    const insight = await context.queryClient.ensureQueryData(insightQueries.detail(params.projectId, params.shortId))
    return context.queryClient.ensureQueryData(insightActivityPage(params.projectId, insight.id, deps.page))
  },
  component: function InsightActivityRoute() {
    const { projectId, shortId } = Route.useParams()
    const { page } = Route.useSearch()
    return <InsightActivity projectId={projectId} shortId={shortId} page={page} />
  },
})
