import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import { memo, useEffect, useRef } from 'react'
import type { InsightListOrder } from '@/api/insights'
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

type SortField = 'name' | 'last_modified_at' | 'created_at' | 'last_viewed_at'

/** Dates sort newest first on the first click, names A→Z, as people expect of each. */
function nextOrder(field: SortField, current: InsightListOrder): InsightListOrder {
  if (current === field) return `-${field}`
  if (current === `-${field}`) return field
  return field === 'name' ? 'name' : `-${field}`
}

function sortState(field: SortField, current: InsightListOrder): 'ascending' | 'descending' | 'none' {
  if (current === field) return 'ascending'
  if (current === `-${field}`) return 'descending'
  return 'none'
}

function SortHeader({
  field,
  label,
  order,
  onSort,
  className = '',
}: {
  field: SortField
  label: string
  order: InsightListOrder
  onSort: (order: InsightListOrder) => void
  className?: string
}) {
  const state = sortState(field, order)
  const Icon = state === 'ascending' ? ArrowUp : state === 'descending' ? ArrowDown : ArrowUpDown
  return (
    <th scope="col" aria-sort={state} className={`px-3 py-2 ${className}`}>
      <button
        type="button"
        onClick={() => onSort(nextOrder(field, order))}
        className="inline-flex items-center gap-1 rounded font-medium outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:text-slate-100"
      >
        {label}
        <Icon aria-hidden className={`size-3.5 ${state === 'none' ? 'opacity-40' : ''}`} />
      </button>
    </th>
  )
}

function SelectAllBox({ rows, selectedIds, onSelectAll }: Pick<InsightTableProps, 'rows' | 'selectedIds' | 'onSelectAll'>) {
  const ref = useRef<HTMLInputElement>(null)
  const selectedOnPage = rows.filter((row) => selectedIds.has(row.id)).length
  const all = rows.length > 0 && selectedOnPage === rows.length
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selectedOnPage > 0 && !all
  }, [selectedOnPage, all])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all on this page"
      checked={all}
      disabled={rows.length === 0}
      onChange={() => onSelectAll(!all)}
      className="size-4 cursor-pointer accent-blue-600"
    />
  )
}

interface InsightTableProps extends InsightRowHandlers {
  rows: readonly InsightBasic[]
  order: InsightListOrder
  onSort: (order: InsightListOrder) => void
  onSelectAll: (select: boolean) => void
}

/**
 * The list as a table; secondary columns give way on narrow screens so names stay readable. Memoised: while the next
 * page loads the page re-renders with the same rows, and rebuilding 50 rows then would only delay the new ones.
 */
export const InsightTable = memo(function InsightTable({
  rows,
  projectId,
  term,
  order,
  onSort,
  selectedIds,
  onToggleSelect,
  onSelectAll,
  onToggleFavorite,
  writeDisabledReason,
}: InsightTableProps) {
  const withAlerts = useInsightIdsWithAlerts(projectId)
  const shownRows = useRowsInStages(rows)
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="w-10 px-3 py-2">
              <SelectAllBox rows={rows} selectedIds={selectedIds} onSelectAll={onSelectAll} />
            </th>
            <th scope="col" className="w-10 py-2">
              <span className="sr-only">Favorite</span>
            </th>
            <SortHeader field="name" label="Name" order={order} onSort={onSort} className="w-auto" />
            <th scope="col" className="hidden w-28 px-3 py-2 font-medium md:table-cell">
              Type
            </th>
            <th scope="col" className="hidden w-44 px-3 py-2 font-medium lg:table-cell">
              Tags
            </th>
            <th scope="col" className="hidden w-32 px-3 py-2 font-medium xl:table-cell">
              Created by
            </th>
            <SortHeader
              field="last_modified_at"
              label="Last modified"
              order={order}
              onSort={onSort}
              className="hidden w-36 sm:table-cell"
            />
            <SortHeader field="created_at" label="Created" order={order} onSort={onSort} className="hidden w-28 2xl:table-cell" />
            <SortHeader
              field="last_viewed_at"
              label="Last viewed"
              order={order}
              onSort={onSort}
              className="hidden w-32 lg:table-cell"
            />
          </tr>
        </thead>
        <tbody>
          {shownRows.map((insight, index) => {
            const selected = selectedIds.has(insight.id)
            return (
              <tr
                key={insight.id}
                data-insight-row={index}
                data-selected={selected || undefined}
                className="border-t border-slate-200 align-top focus-within:bg-blue-50/70 hover:bg-slate-50 data-selected:bg-blue-50 dark:border-slate-800 dark:focus-within:bg-blue-950/40 dark:hover:bg-slate-900/60 dark:data-selected:bg-blue-950/50"
              >
                <td className="px-3 py-2.5">
                  <SelectBox insight={insight} checked={selected} onToggle={onToggleSelect} />
                </td>
                <td className="py-1.5">
                  <FavoriteButton insight={insight} onToggle={onToggleFavorite} disabledReason={writeDisabledReason} />
                </td>
                <td className="px-3 py-2">
                  <InsightTitle insight={insight} projectId={projectId} term={term} hasAlerts={withAlerts.has(insight.id)} />
                </td>
                <td className="hidden px-3 py-2 md:table-cell">
                  <InsightTypeBadge kind={insightKind(insight.query, insight.filters)} />
                </td>
                <td className="hidden px-3 py-2 lg:table-cell">
                  <InlineTags insight={insight} projectId={projectId} term={term} writeDisabledReason={writeDisabledReason} />
                </td>
                <td className="hidden truncate px-3 py-2 xl:table-cell">{userName(insight.created_by)}</td>
                <td className="hidden px-3 py-2 sm:table-cell">
                  <TimeAgo iso={insight.last_modified_at} />
                </td>
                <td className="hidden px-3 py-2 2xl:table-cell">
                  <TimeAgo iso={insight.created_at} />
                </td>
                <td className="hidden px-3 py-2 lg:table-cell">
                  <TimeAgo iso={insight.last_viewed_at} fallback="Never" />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
})
