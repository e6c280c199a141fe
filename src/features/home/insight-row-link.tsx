import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { insightKind } from '@/api/schemas/query'
import { insightTypeLabels } from '@/components/insight-type-badge'

interface InsightRowLinkProps {
  insight: InsightBasic
  projectId: string
  /** What the card says about the insight (views, when it was viewed), on the right. */
  aside?: ReactNode
}

/** One insight in a home card: its name linking to the detail page, its type, and the card's own detail. */
export function InsightRowLink({ insight, projectId, aside }: InsightRowLinkProps) {
  const named = Boolean(insight.name?.trim())
  return (
    <li className="flex min-w-0 items-center gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50 dark:hover:bg-slate-800/60">
      <div className="min-w-0 flex-1">
        <Link
          to="/project/$projectId/insights/$shortId"
          params={{ projectId, shortId: insight.short_id }}
          className={`block truncate rounded-sm font-medium text-blue-700 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-500 dark:text-blue-300 ${named ? '' : 'italic'}`}
        >
          {insightDisplayName(insight)}
        </Link>
        <p className="truncate text-xs text-slate-600 dark:text-slate-400">
          {insightTypeLabels[insightKind(insight.query, insight.filters)]}
        </p>
      </div>
      {aside}
    </li>
  )
}
