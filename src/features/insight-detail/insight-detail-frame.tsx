import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, Outlet } from '@tanstack/react-router'
import { insightQueries } from '@/api/insights'
import { insightDisplayName } from '@/api/schemas/insight'
import { InsightHeader } from './insight-header'
import { InsightListWalkBar, type InsightListWalk } from './insight-list-walk'
import { useRecordView } from './use-record-view'

const tabs = [
  { label: 'Overview', to: '/project/$projectId/insights/$shortId', exact: true },
  { label: 'Sharing', to: '/project/$projectId/insights/$shortId/sharing', exact: false },
  { label: 'Thresholds', to: '/project/$projectId/insights/$shortId/thresholds', exact: false },
  { label: 'Activity', to: '/project/$projectId/insights/$shortId/activity', exact: false },
] as const

/** The detail page's frame: the insight's header and the tab links; each tab is a route of its own so it can be linked to. */
export function InsightDetailFrame({
  projectId,
  shortId,
  listWalk,
}: {
  projectId: string
  shortId: string
  listWalk: InsightListWalk
}) {
  const { data: insight } = useSuspenseQuery(insightQueries.detail(projectId, shortId))
  useRecordView(projectId, insight.id)
  return (
    <div className="min-w-0">
      <InsightListWalkBar walk={listWalk} name={insightDisplayName(insight)} />
      <InsightHeader projectId={projectId} insight={insight} />
      <nav aria-label="Insight sections" className="mb-4 border-b border-slate-200 dark:border-slate-800">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <Link
                to={tab.to}
                params={{ projectId, shortId }}
                activeOptions={{ exact: tab.exact, includeSearch: false }}
                className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
                activeProps={{ className: 'border-blue-600! text-blue-700! dark:text-blue-300!', 'aria-current': 'page' }}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  )
}
