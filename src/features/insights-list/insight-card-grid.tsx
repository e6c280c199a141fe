import { memo } from 'react'
import type { InsightBasic } from '@/api/schemas/insight'
import { insightKind } from '@/api/schemas/query'
import { TimeAgo } from '@/components/time-ago'
import { InsightTypeBadge } from '@/components/insight-type-badge'
import { InlineTags } from './inline-tags-cell'
import { InsightTitle } from './insight-title'
import { useInsightIdsWithAlerts } from '@/api/alerts'
import { FavoriteButton, SelectBox } from './row-controls'
import type { InsightRowHandlers } from './insight-row-handlers'
import { userName } from './user-name'
import { useRowsInStages } from './use-rows-in-stages'

interface InsightCardGridProps extends InsightRowHandlers {
  rows: readonly InsightBasic[]
}

/** The same rows as cards: easier to scan by name and description, and the natural layout on a phone. */
export const InsightCardGrid = memo(function InsightCardGrid({
  rows,
  projectId,
  term,
  selectedIds,
  onToggleSelect,
  onToggleFavorite,
  writeDisabledReason,
}: InsightCardGridProps) {
  const withAlerts = useInsightIdsWithAlerts(projectId)
  const shownRows = useRowsInStages(rows)
  return (
    <ul aria-label="Insights" className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {shownRows.map((insight, index) => {
        const selected = selectedIds.has(insight.id)
        return (
          <li
            key={insight.id}
            data-insight-row={index}
            data-selected={selected || undefined}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 focus-within:border-blue-400 hover:border-slate-300 data-selected:border-blue-500 data-selected:bg-blue-50 dark:border-slate-800 dark:hover:border-slate-700 dark:data-selected:bg-blue-950/40"
          >
            <div className="flex items-start gap-2">
              <span className="pt-1">
                <SelectBox insight={insight} checked={selected} onToggle={onToggleSelect} />
              </span>
              <div className="min-w-0 flex-1">
                <InsightTitle insight={insight} projectId={projectId} term={term} hasAlerts={withAlerts.has(insight.id)} />
              </div>
              <FavoriteButton insight={insight} onToggle={onToggleFavorite} disabledReason={writeDisabledReason} />
            </div>
            <InsightTypeBadge kind={insightKind(insight.query, insight.filters)} />
            <InlineTags insight={insight} projectId={projectId} term={term} writeDisabledReason={writeDisabledReason} />
            <p className="mt-auto text-xs text-slate-600 dark:text-slate-400">
              {userName(insight.created_by)} · modified <TimeAgo iso={insight.last_modified_at} />
            </p>
          </li>
        )
      })}
    </ul>
  )
})
