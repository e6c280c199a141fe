import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod/mini'
import { SharedInsightViewer } from '@/features/sharing/shared-insight-viewer'

const sharedSearch = z.object({
  embedded: z.catch(z.optional(z.boolean()), undefined),
})

/** The public viewer of a shared insight: what someone outside the project sees, without the app's navigation. */
export const Route = createFileRoute('/shared/$accessToken')({
  validateSearch: sharedSearch,
  head: () => ({ meta: [{ title: 'Shared insight' }] }),
  component: function SharedInsightRoute() {
    const { accessToken } = Route.useParams()
    const { embedded } = Route.useSearch()
    return <SharedInsightViewer accessToken={accessToken} embedded={embedded === true} />
  },
})
