import { createFileRoute } from '@tanstack/react-router'
import { activityQueries } from '@/api/activity'
import { ACTIVITY_FEED_PAGE_SIZE, activityFeedSearchSchema } from '@/features/activity/activity-search'
import { ActivityFeedPage } from '@/features/activity/activity-feed-page'

export const Route = createFileRoute('/project/$projectId/activity')({
  validateSearch: activityFeedSearchSchema,
  // The unfiltered feed is what every visit shows first; a filter starts its own search in the page (useFeedScan).
  loader: ({ context, params }) =>
    context.queryClient.ensureInfiniteQueryData(activityQueries.projectInsightsFeed(params.projectId, ACTIVITY_FEED_PAGE_SIZE)),
  head: () => ({ meta: [{ title: 'Activity · Insight Desk' }] }),
  component: ActivityFeedPage,
})
