import { createFileRoute } from '@tanstack/react-router'
import { InsightDetailFrame } from '@/features/insight-detail/insight-detail-frame'

export const Route = createFileRoute('/project/$projectId/insights/$shortId')({
  component: function InsightDetailRoute() {
    const { projectId, shortId } = Route.useParams()
    return <InsightDetailFrame projectId={projectId} shortId={shortId} />
  },
})
