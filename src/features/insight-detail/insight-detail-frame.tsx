import { Link, Outlet } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

const tabs = [
  { label: 'Overview', to: '/project/$projectId/insights/$shortId' },
  { label: 'Sharing', to: '/project/$projectId/insights/$shortId/sharing' },
  { label: 'Thresholds', to: '/project/$projectId/insights/$shortId/thresholds' },
  { label: 'Activity', to: '/project/$projectId/insights/$shortId/activity' },
] as const

/** The detail page's frame: heading and tab links; each tab is a route of its own so it can be linked to. */
export function InsightDetailFrame({ projectId, shortId }: { projectId: string; shortId: string }) {
  return (
    <div>
      <PageHeading title={`Insight ${shortId}`} />
      <nav aria-label="Insight sections" className="mb-4 border-b border-slate-200 dark:border-slate-800">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <Link
                to={tab.to}
                params={{ projectId, shortId }}
                activeOptions={{ exact: true }}
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
