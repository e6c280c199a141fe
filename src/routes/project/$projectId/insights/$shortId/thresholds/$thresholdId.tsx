import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { loadThresholdOrNotFound } from '@/features/thresholds/load-threshold'
import { ThresholdDetail } from '@/features/thresholds/threshold-detail'
import { ThresholdNotFound } from '@/features/thresholds/threshold-not-found'
import { ThresholdsLoadError } from '@/features/thresholds/thresholds-load-error'
import { thresholdDetailSearchDefaults, thresholdDetailSearchSchema } from '@/features/thresholds/threshold-search'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/thresholds/$thresholdId')({
  validateSearch: thresholdDetailSearchSchema,
  search: { middlewares: [stripSearchParams(thresholdDetailSearchDefaults)] },
  loader: ({ context, params }) =>
    loadThresholdOrNotFound(context.queryClient, params.projectId, params.shortId, params.thresholdId),
  head: ({ loaderData }) => ({ meta: [{ title: `${loaderData?.name || 'Threshold'} · Insight Desk` }] }),
  errorComponent: ThresholdsLoadError,
  notFoundComponent: function ThresholdNotFoundRoute() {
    const { projectId, shortId } = Route.useParams()
    return <ThresholdNotFound projectId={projectId} shortId={shortId} />
  },
  component: function ThresholdDetailRoute() {
    const { projectId, shortId, thresholdId } = Route.useParams()
    const { series } = Route.useSearch()
    return <ThresholdDetail projectId={projectId} shortId={shortId} thresholdId={thresholdId} seriesIndex={series} />
  },
})
