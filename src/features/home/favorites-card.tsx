import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Star } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'
import { TimeAgo } from '@/components/time-ago'
import { FAVORITES_SHOWN, homeQueries } from './home-queries'
import { CardLoading, HomeCard } from './home-card'
import { InsightRowLink } from './insight-row-link'

const linkClass =
  'rounded-sm font-medium text-blue-700 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-500 dark:text-blue-300'

function FavoritesList({ projectId }: { projectId: string }) {
  const { data } = useQuery({ ...homeQueries.favorites(projectId), throwOnError: true })
  if (!data) return <CardLoading />
  if (!data.results.length)
    return (
      <EmptyState
        icon={Star}
        title="No favorites yet"
        description="Star an insight in the list or on its page to keep it here."
      />
    )
  return (
    <>
      <ul aria-label="Your favorite insights" className="-mx-2 space-y-0.5">
        {data.results.map((insight) => (
          <InsightRowLink
            key={insight.id}
            insight={insight}
            projectId={projectId}
            aside={
              <span className="shrink-0 text-sm text-slate-600 dark:text-slate-400">
                <span className="sr-only">Modified </span>
                <TimeAgo iso={insight.last_modified_at} />
              </span>
            }
          />
        ))}
      </ul>
      {data.count > data.results.length && (
        <p className="pt-3 text-sm">
          <Link to="/project/$projectId/insights" params={{ projectId }} search={{ tab: 'favorites' }} className={linkClass}>
            See all {data.count} favorites
          </Link>
        </p>
      )}
    </>
  )
}

/** Favorited insights of the project, most recently changed first (PostHog shares favorites across the team). */
export function FavoritesCard({ projectId }: { projectId: string }) {
  return (
    <HomeCard title="Favorites" skeletonRows={FAVORITES_SHOWN}>
      <FavoritesList projectId={projectId} />
    </HomeCard>
  )
}
