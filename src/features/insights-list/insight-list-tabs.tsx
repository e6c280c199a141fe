import { Link } from '@tanstack/react-router'
import type { InsightListTab } from './list-search'

/** `whose`: the tab counts views by anyone (PostHog's `last_viewed_at`), unlike Home's "Recently viewed by you". */
const tabs: readonly { tab: InsightListTab; label: string; whose?: string }[] = [
  { tab: 'all', label: 'All insights' },
  { tab: 'mine', label: 'My insights' },
  { tab: 'favorites', label: 'Favorites' },
  { tab: 'recent', label: 'Recently viewed', whose: 'by anyone' },
]

/** The tabs are links: each is a URL of its own, so it can be shared and the back button returns to it. */
export function InsightListTabs({ current }: { current: InsightListTab }) {
  return (
    <nav aria-label="Insight lists" className="mb-4 border-b border-slate-200 dark:border-slate-800">
      {/* The tabs wrap on a narrow screen: a scrolled-off "Recently viewed" read as "Recen", with nothing to say more was there. */}
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabs.map(({ tab, label, whose }) => (
          <li key={tab} className="shrink-0">
            <Link
              from="/project/$projectId/insights/"
              to="."
              // The "recently viewed" order makes no sense elsewhere, so a tab starts from its own default order.
              search={(prev) => ({ ...prev, tab: tab === 'all' ? undefined : tab, page: undefined, order: undefined })}
              aria-current={tab === current ? 'page' : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-blue-500 ${
                tab === current
                  ? 'border-blue-600 text-blue-700 dark:text-blue-300'
                  : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
              }`}
            >
              {label}
              {whose && <span className="font-normal"> {whose}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
