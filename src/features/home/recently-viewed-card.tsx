import { useQuery } from '@tanstack/react-query'
import { History } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { TimeAgo } from '@/components/time-ago'
import { homeQueries } from './home-queries'
import { CardLoading, HomeCard } from './home-card'
import { InsightRowLink } from './insight-row-link'

function RecentlyViewedList({ projectId }: { projectId: string }) {
  const { data } = useQuery({ ...homeQueries.lastViewed(projectId), throwOnError: true })
  if (!data) return <CardLoading />
  if (!data.length)
    return (
      <EmptyState
        icon={History}
        title="Nothing viewed yet"
        description="The last insights you open show up here, so you can get back to them."
      />
    )
  return (
    <ol aria-label="Your last viewed insights" className="-mx-2 space-y-0.5">
      {data.map((insight) => (
        <InsightRowLink
          key={insight.id}
          insight={insight}
          projectId={projectId}
          aside={
            <span className="shrink-0 text-sm text-slate-600 dark:text-slate-400">
              <TimeAgo iso={insight.last_viewed_at} />
            </span>
          }
        />
      ))}
    </ol>
  )
}

/** The current user's last viewed insights (PostHog's `my_last_viewed`), newest first. */
export function RecentlyViewedCard({ projectId }: { projectId: string }) {
  return (
    <HomeCard title="Recently viewed by you">
      <RecentlyViewedList projectId={projectId} />
    </HomeCard>
  )
}
