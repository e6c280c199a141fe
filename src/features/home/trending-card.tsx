import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Flame } from 'lucide-react'
import { useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { homeQueries, TRENDING_SHOWN } from './home-queries'
import type { TrendingWindow } from './home-search'
import { CardLoading, HomeCard } from './home-card'
import { InsightRowLink } from './insight-row-link'
import { TrendingWindowSwitch } from './trending-window-switch'
import { ViewerAvatars } from './viewer-avatars'

const viewCount = new Intl.NumberFormat('en-US')

function TrendingList({ projectId, days }: { projectId: string; days: TrendingWindow }) {
  // While another window loads, the current ranking stays on screen (dimmed) instead of collapsing to a skeleton.
  const { data, isPlaceholderData: stale } = useQuery({
    ...homeQueries.trending(projectId, days),
    placeholderData: keepPreviousData,
    throwOnError: true,
  })
  // The window the ranking on screen is for: the previous one while the next loads.
  const [shownDays, setShownDays] = useState(days)
  if (data && !stale && shownDays !== days) setShownDays(days)
  if (!data) return <CardLoading />
  if (!data.results.length)
    return (
      <EmptyState
        icon={Flame}
        title={`No views in the last ${shownDays} days`}
        description="Insights people open show up here, the most viewed first."
      />
    )
  return (
    <ol
      aria-label={`Most viewed in the last ${shownDays} days`}
      aria-busy={stale}
      className={`-mx-2 space-y-0.5 ${stale ? 'opacity-60 transition-opacity' : ''}`}
    >
      {data.results.map((insight) => (
        <InsightRowLink
          key={insight.id}
          insight={insight}
          projectId={projectId}
          aside={
            <>
              <ViewerAvatars viewers={insight.viewers} />
              {/* PostHog's `view_count` counts people (one InsightViewed row per user), not visits. */}
              <span className="w-20 shrink-0 text-right text-sm text-slate-600 tabular-nums dark:text-slate-400">
                {viewCount.format(insight.view_count)} {insight.view_count === 1 ? 'viewer' : 'viewers'}
              </span>
            </>
          }
        />
      ))}
    </ol>
  )
}

interface TrendingCardProps {
  projectId: string
  days: TrendingWindow
  onDaysChange: (days: TrendingWindow) => void
  className?: string
}

/** The most viewed insights of the window, with who looked at them last. */
export function TrendingCard({ projectId, days, onDaysChange, className }: TrendingCardProps) {
  return (
    <HomeCard
      title="Trending"
      className={className}
      resetKey={days}
      skeletonRows={TRENDING_SHOWN}
      actions={<TrendingWindowSwitch days={days} onChange={onDaysChange} />}
    >
      <TrendingList projectId={projectId} days={days} />
    </HomeCard>
  )
}
