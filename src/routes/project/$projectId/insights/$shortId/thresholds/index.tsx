import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { thresholdQueries } from '@/api/thresholds'
import { ThresholdList } from '@/features/thresholds/threshold-list'
import { ThresholdsLoadError } from '@/features/thresholds/thresholds-load-error'
import { thresholdListSearchDefaults, thresholdListSearchSchema } from '@/features/thresholds/threshold-search'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/thresholds/')({
  validateSearch: thresholdListSearchSchema,
  search: { middlewares: [stripSearchParams(thresholdListSearchDefaults)] },
  loaderDeps: ({ search }) => ({ limit: search.limit, offset: search.offset }),
  loader: ({ context, params, deps }) =>
    context.queryClient.ensureQueryData(thresholdQueries.list(params.projectId, params.shortId, deps)),
  head: () => ({ meta: [{ title: 'Thresholds · Insight Desk' }] }),
  errorComponent: ThresholdsLoadError,
  component: function ThresholdListRoute() {
    const { projectId, shortId } = Route.useParams()
    const { limit, offset } = Route.useSearch()
    return <ThresholdList projectId={projectId} shortId={shortId} limit={limit} offset={offset} />
  },
})
