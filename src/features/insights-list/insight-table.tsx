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
  detail,
  order,
  onSort,
  className = '',
}: {
  field: SortField
  label: string
  /** A second, smaller line under the label (who a "last viewed" counts); part of the button's name. */
  detail?: string
  order: InsightListOrder
  onSort: (order: InsightListOrder) => void
  className?: string
}) {
  const state = sortState(field, order)
  const Icon = state === 'ascending' ? ArrowUp : state === 'descending' ? ArrowDown : ArrowUpDown
  return (
    <th scope="col" aria-sort={state} className={`px-2 py-2 align-top ${className}`}>
      <button
        type="button"
        onClick={() => onSort(nextOrder(field, order))}
        className="inline-flex items-start gap-1 rounded text-left font-medium outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:text-slate-100"
      >
        <span>
          {label}
          {detail && <span className="block text-xs font-normal"> {detail}</span>}
        </span>
        <Icon aria-hidden className={`mt-0.5 size-3.5 shrink-0 ${state === 'none' ? 'opacity-40' : ''}`} />
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

/*
 * Column widths at 1280 px leave the name ~320 px, so names wrap rather than end in "…". Below `md` (phones) each row is
 * a grid instead of a table row: checkbox and star, then the name, with type and tags under it, then creator and last
 * change. The cells stay the same elements, so the table's semantics (rows, cells, headers) do not change.
 */
const GRID_ROW = 'max-md:grid max-md:grid-cols-[2.5rem_2.25rem_auto_minmax(0,1fr)] max-md:gap-x-2'
const STACKED = 'max-md:block max-md:px-0'

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
      <table className="w-full table-fixed border-collapse text-left text-sm max-md:block">
        <thead className="bg-slate-50 text-slate-600 max-md:block dark:bg-slate-900 dark:text-slate-400">
          <tr className={GRID_ROW}>
            <th scope="col" className="w-10 px-3 py-2">
              <SelectAllBox rows={rows} selectedIds={selectedIds} onSelectAll={onSelectAll} />
            </th>
            <th scope="col" className="w-9 py-2">
              <span className="sr-only">Favorite</span>
            </th>
            <SortHeader
              field="name"
              label="Name"
              order={order}
              onSort={onSort}
              className="w-auto px-3 max-md:col-span-2 max-md:pl-0"
            />
            <th scope="col" className="hidden w-28 px-2 py-2 font-medium md:table-cell">
              Type
            </th>
            <th scope="col" className="hidden w-36 px-2 py-2 font-medium md:table-cell">
              Tags
            </th>
            <th scope="col" className="hidden w-30 px-2 py-2 font-medium xl:table-cell">
              Created by
            </th>
            <SortHeader
              field="last_modified_at"
              label="Last modified"
              order={order}
              onSort={onSort}
              className="hidden w-30 md:table-cell"
            />
            <SortHeader field="created_at" label="Created" order={order} onSort={onSort} className="hidden w-28 2xl:table-cell" />
            <SortHeader
              field="last_viewed_at"
              label="Last viewed"
              detail="by anyone"
              order={order}
              onSort={onSort}
              className="hidden w-30 lg:table-cell"
            />
          </tr>
        </thead>
        <tbody className="max-md:block">
          {shownRows.map((insight, index) => {
            const selected = selectedIds.has(insight.id)
            return (
              <tr
                key={insight.id}
                data-insight-row={index}
                data-selected={selected || undefined}
                className={`${GRID_ROW} border-t border-slate-200 align-top focus-within:bg-blue-50/70 hover:bg-slate-50 data-selected:bg-blue-50 max-md:pb-2 dark:border-slate-800 dark:focus-within:bg-blue-950/40 dark:hover:bg-slate-900/60 dark:data-selected:bg-blue-950/50`}
              >
                <td className="px-3 py-2.5 max-md:row-span-3">
                  <SelectBox insight={insight} checked={selected} onToggle={onToggleSelect} />
                </td>
                <td className="py-1.5 max-md:row-span-3">
                  <FavoriteButton insight={insight} onToggle={onToggleFavorite} disabledReason={writeDisabledReason} />
                </td>
                <td className="px-3 py-2 max-md:col-span-2 max-md:pr-3 max-md:pl-0">
                  <InsightTitle insight={insight} projectId={projectId} term={term} hasAlerts={withAlerts.has(insight.id)} />
                </td>
                <td className={`px-2 py-2 max-md:py-0.5 ${STACKED}`}>
                  <InsightTypeBadge kind={insightKind(insight.query, insight.filters)} />
                </td>
                <td className={`px-2 py-2 max-md:py-0.5 max-md:pr-3 ${STACKED}`}>
                  <InlineTags insight={insight} projectId={projectId} term={term} writeDisabledReason={writeDisabledReason} />
                </td>
                <td
                  title={userName(insight.created_by)}
                  className={`hidden truncate px-2 py-2 max-md:text-xs max-md:text-slate-600 xl:table-cell dark:max-md:text-slate-400 ${STACKED} max-md:pt-1`}
                >
                  {userName(insight.created_by)}
                </td>
                <td
                  className={`hidden px-2 py-2 max-md:text-xs max-md:text-slate-600 md:table-cell dark:max-md:text-slate-400 ${STACKED} max-md:pt-1`}
                >
                  <span className="md:sr-only">Modified </span>
                  <TimeAgo iso={insight.last_modified_at} />
                </td>
                <td className="hidden px-2 py-2 2xl:table-cell">
                  <TimeAgo iso={insight.created_at} />
                </td>
                <td className="hidden px-2 py-2 lg:table-cell">
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
