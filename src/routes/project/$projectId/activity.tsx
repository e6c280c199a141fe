import { createFileRoute } from '@tanstack/react-router'
import { activityQueries } from '@/api/activity'
import { ACTIVITY_FEED_PAGE_SIZE, activityFeedSearchSchema } from '@/features/activity/activity-search'
import { ActivityFeedPage } from '@/features/activity/activity-feed-page'

export const Route = createFileRoute('/project/$projectId/activity')({
  validateSearch: activityFeedSearchSchema,
  // Filters narrow the loaded entries in the browser, so they are not loader dependencies: changing one fetches nothing.
  loader: ({ context, params }) =>
    context.queryClient.ensureInfiniteQueryData(activityQueries.projectInsightsFeed(params.projectId, ACTIVITY_FEED_PAGE_SIZE)),
  head: () => ({ meta: [{ title: 'Activity · Insight Desk' }] }),
  component: ActivityFeedPage,
})
