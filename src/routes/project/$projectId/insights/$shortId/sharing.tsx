import { createFileRoute, notFound } from '@tanstack/react-router'
import { ApiError } from '@/api/http'
import { insightQueries } from '@/api/insights'
import { sharingQueries } from '@/api/sharing'
import { SharingPanel } from '@/features/sharing/sharing-panel'
import { insightDisplayName } from '@/api/schemas/insight'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/sharing')({
  // The sharing endpoints take the numeric id, which only the insight itself knows; the short id is in the URL.
  loader: async ({ context, params }) => {
    const insight = await context.queryClient
      .ensureQueryData(insightQueries.detail(params.projectId, params.shortId))
      .catch((error: unknown) => {
        // An unknown insight is the detail page's not-found, not an error of this tab.
        if (error instanceof ApiError && error.status === 404) throw notFound()
        throw error
      })
    // A 404 here is sharing missing on this PostHog (the insight exists): the tab says so in place.
    await context.queryClient.ensureQueryData(sharingQueries.config(params.projectId, insight.id))
    return { insightName: insightDisplayName(insight) }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: `Sharing · ${loaderData?.insightName ?? 'Insight'} · Insight Desk` }],
  }),
  component: function SharingRoute() {
    const { projectId, shortId } = Route.useParams()
    return <SharingPanel projectId={projectId} shortId={shortId} />
  },
})
