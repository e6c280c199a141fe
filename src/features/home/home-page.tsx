import { getRouteApi } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { FavoritesCard } from './favorites-card'
import { RecentlyViewedCard } from './recently-viewed-card'
import { SummaryCard } from './summary-card'
import { TrendingCard } from './trending-card'

const route = getRouteApi('/project/$projectId/')

/** What is trending in the project, what I looked at last, my favorites, and the project in numbers. */
export function HomePage() {
  const { projectId } = route.useParams()
  const { days } = route.useSearch()
  const navigate = route.useNavigate()
  return (
    <div>
      <PageHeading title="Home" description="What people look at, what you viewed last, and the project at a glance." />
      <div className="grid gap-4 lg:grid-cols-3">
        <TrendingCard
          projectId={projectId}
          days={days}
          onDaysChange={(next) => void navigate({ search: (previous) => ({ ...previous, days: next }) })}
          className="lg:col-span-2"
        />
        <SummaryCard projectId={projectId} />
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <RecentlyViewedCard projectId={projectId} />
        <FavoritesCard projectId={projectId} />
      </div>
    </div>
  )
}
