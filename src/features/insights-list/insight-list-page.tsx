import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { Download, FileSearch, Keyboard, LayoutGrid, Lock, Plus, SearchX, SlidersHorizontal, Table } from 'lucide-react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { insightListOrders, insightQueries, type InsightListOrder } from '@/api/insights'
import type { InsightBasic } from '@/api/schemas/insight'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageHeading } from '@/components/page-heading'
import { useInsightListPreferences } from '@/stores/insight-list-preferences'
import { useRememberListView } from './list-trail'
import { ActiveFilterChips } from './active-filter-chips'
import { InsightListTabs } from './insight-list-tabs'
import { InsightSearchBox } from './insight-search-box'
import { InsightTable } from './insight-table'
import { ListPagination } from './list-pagination'
import {
  currentPage,
  currentPageSize,
  defaultOrder,
  hasActiveFilters,
  panelFilterCount,
  insightExportFilters,
  insightListFilters,
  withoutFilters,
  type SearchPatch,
} from './list-search'
import { useInsightSelection } from './selection-store'
import { useInsightActions } from './use-insight-actions'
import { focusRow, useListShortcuts } from './use-list-shortcuts'
import { useRowPrefetch } from './use-row-prefetch'
import { useRowLinkClicks } from './row-links'
import { useDelayedFlag } from '@/lib/use-delayed-flag'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'
import { useWriteDeniedReason } from '@/api/write-access'

// Dialogs nobody needs for the first paint are separate chunks, fetched when first opened.
const BulkTagsDialog = lazyComponent(lazyCode(() => import('./bulk-tags-dialog').then((module) => module.default)))
const NewInsightDialog = lazyComponent(lazyCode(() => import('./new-insight-dialog').then((module) => module.default)))
const KeyboardShortcutsDialog = lazyComponent(
  lazyCode(() => import('./keyboard-shortcuts-dialog').then((module) => module.default)),
)
// Shown only once something is selected: its code (and icons) wait until then, out of the list's entry.
const BulkActionBar = lazyComponent(lazyCode(() => import('./bulk-action-bar').then((module) => module.BulkActionBar)))
/**
 * The filter panel's code: the panel is closed on most visits (active filters also show as chips), so it loads when
 * first opened. An address with filters opens the list with the panel open, so the list's loader waits for this too;
 * drawn a moment after the rows, the panel pushed every row down (twice, as its lists filled), under a click already on
 * its way.
 */
export const filtersPanelCode = lazyCode(() => import('./insight-filters-panel').then((module) => module.default))
const InsightFiltersPanel = lazyComponent(filtersPanelCode)
/** The cards view's code: the table is the default view, so cards load when chosen, or with the rows (the list's loader
 * waits for them too) when they are the saved view. */
export const cardGridCode = lazyCode(() => import('./insight-card-grid').then((module) => module.InsightCardGrid))
const InsightCardGrid = lazyComponent(cardGridCode)

const route = getRouteApi('/project/$projectId/insights/')

const orderLabels: Readonly<Record<InsightListOrder, string>> = {
  '-last_modified_at': 'Last modified (newest)',
  last_modified_at: 'Last modified (oldest)',
  '-created_at': 'Created (newest)',
  created_at: 'Created (oldest)',
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  '-last_viewed_at': 'Viewed by anyone (newest)',
  last_viewed_at: 'Viewed by anyone (oldest)',
}

type OpenDialog = 'tags' | 'new' | 'shortcuts' | null

const noRows: readonly InsightBasic[] = []
/** As the router's pending skeleton: a wait shorter than this shows no change but `aria-busy`. */
const DIM_STALE_ROWS_AFTER_MS = 250

function TableSkeleton() {
  return (
    <div role="status" aria-label="Loading insights" className="animate-pulse space-y-2">
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="h-12 rounded bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  )
}

export function InsightListPage() {
  const { projectId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const tab = search.tab ?? 'all'
  const order = search.order ?? defaultOrder(tab)
  const page = currentPage(search)
  const pageSize = currentPageSize(search)
  const term = search.search?.trim() || undefined

  useRememberListView(projectId, search)
  const list = useQuery({ ...insightQueries.list(projectId, insightListFilters(search)), placeholderData: keepPreviousData })
  const rows: readonly InsightBasic[] = list.data?.results ?? noRows
  // The rows on screen are marked busy at once, and dimmed only if the next ones are slow: dimming fifty rows costs a
  // repaint of the whole table, which delayed a fast answer's rows by ~15 ms.
  const dimStaleRows = useDelayedFlag(list.isPlaceholderData, DIM_STALE_ROWS_AFTER_MS)
  // Highlight what the rows on screen were searched for: while the next search loads, the old rows stay as they were.
  const [shownTerm, setShownTerm] = useState(term)
  if (!list.isPlaceholderData && shownTerm !== term) setShownTerm(term)

  const view = useInsightListPreferences((s) => s.view)
  const setView = useInsightListPreferences((s) => s.setView)
  const selection = useInsightSelection()
  const writeDisabledReason = useWriteDeniedReason('insight')
  const actions = useInsightActions(projectId)

  const filtersId = useId()
  const activeFilterCount = panelFilterCount(search)
  const [filtersOpen, setFiltersOpen] = useState(activeFilterCount > 0)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  /** ↓ or Enter in the search box: the search whose first row gets focus once its rows are on screen. */
  const focusFirstRowOf = useRef<{ term: string | undefined } | null>(null)
  const resultsShown = list.data !== undefined && !list.isPlaceholderData
  useEffect(() => {
    const pending = focusFirstRowOf.current
    if (!pending || pending.term !== term || !resultsShown) return
    focusFirstRowOf.current = null
    if (rows.length) focusRow(0)
  }, [term, resultsShown, rows])

  /**
   * Every filter change goes back to page 1: page 7 of the old list means nothing in the new one. The request leaves
   * before the router's own work (matching, validating, the busy render), which then joins it instead of asking again.
   */
  const changeSearch = useCallback(
    (patch: SearchPatch) => {
      const next = { ...search, ...patch, page: undefined }
      void queryClient.prefetchQuery(insightQueries.list(projectId, insightListFilters(next)))
      void navigate({ search: next })
    },
    [search, queryClient, projectId, navigate],
  )
  const clearFilters = () => void navigate({ search: (prev) => withoutFilters(prev) })

  const selectedRows = [...selection.selected.values()]
  const selectedIds = [...selection.selected.keys()]

  const { toggle, toggleRange, setMany } = selection
  const onToggleSelect = useCallback(
    (insight: InsightBasic, range: boolean) => (range ? toggleRange(rows, insight) : toggle(insight)),
    [rows, toggle, toggleRange],
  )
  const onSort = useCallback(
    (next: InsightListOrder) => void navigate({ search: (prev) => ({ ...prev, order: next, page: undefined }) }),
    [navigate],
  )
  const onSelectAll = useCallback((select: boolean) => setMany(rows, select), [rows, setMany])

  useListShortcuts({
    focusSearch: () => searchInput.current?.focus(),
    showHelp: () => setDialog('shortcuts'),
    openRow: (index) => {
      const insight = rows[index]
      if (insight)
        void navigate({ to: '/project/$projectId/insights/$shortId', params: { projectId, shortId: insight.short_id } })
    },
    toggleSelectRow: (index) => {
      const insight = rows[index]
      if (insight) selection.toggle(insight)
    },
    favoriteRow: (index) => {
      const insight = rows[index]
      if (insight && writeDisabledReason === null) actions.toggleFavorite(insight)
    },
    clearSelection: selection.clear,
  })

  const rowHandlers = {
    projectId,
    term: shownTerm,
    selectedIds: selection.selected,
    onToggleSelect,
    onToggleFavorite: actions.toggleFavorite,
    writeDisabledReason,
  }

  const prefetchHandlers = useRowPrefetch(rows, actions.prefetchDetail)
  const openRowLink = useRowLinkClicks()
  const count = list.data?.count ?? 0
  const filtered = hasActiveFilters(search) || tab !== 'all'

  let body: React.ReactNode
  if (list.isError && !list.data) {
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} retryLabel="Retry" />
  } else if (!list.data) {
    body = <TableSkeleton />
  } else if (count === 0 && !filtered) {
    body = (
      <EmptyState
        icon={FileSearch}
        title="No insights in this project yet"
        description="Create the first one, or connect to a project that has some in Settings."
        action={
          <Button variant="primary" isDisabled={writeDisabledReason !== null} onPress={() => setDialog('new')}>
            <Plus aria-hidden className="size-4" /> New insight
          </Button>
        }
      />
    )
  } else if (count === 0) {
    body = (
      <EmptyState
        icon={SearchX}
        title="No insights match these filters"
        description={tab === 'all' ? 'Try fewer filters or another search.' : 'Try fewer filters, or look in All insights.'}
        action={hasActiveFilters(search) ? <Button onPress={clearFilters}>Clear filters</Button> : undefined}
      />
    )
  } else if (rows.length === 0) {
    body = (
      <EmptyState
        icon={SearchX}
        title={`There is no page ${page}`}
        description={`These filters match ${count} insights.`}
        action={<Button onPress={() => void navigate({ search: (prev) => ({ ...prev, page: undefined }) })}>Go to page 1</Button>}
      />
    )
  } else {
    body = (
      <div
        {...prefetchHandlers}
        onClick={openRowLink}
        aria-busy={list.isPlaceholderData}
        data-dimmed={dimStaleRows || undefined}
        // Stale rows go grey rather than faint: at 60% opacity their text fell below 4.5:1; grey at 90% keeps AA.
        className={dimStaleRows ? 'opacity-90 grayscale transition' : undefined}
      >
        {view === 'table' ? (
          <InsightTable {...rowHandlers} rows={rows} order={order} onSort={onSort} onSelectAll={onSelectAll} />
        ) : (
          <InsightCardGrid fallback={<TableSkeleton />} {...rowHandlers} rows={rows} />
        )}
      </div>
    )
  }

  return (
    <div>
      <PageHeading
        title="Insights"
        actions={
          <>
            <Button onPress={() => void actions.exportFiltered(insightExportFilters(search))}>
              <Download aria-hidden className="size-4" /> Download CSV
            </Button>
            <span title={writeDisabledReason ?? undefined} className="inline-flex">
              <Button variant="primary" isDisabled={writeDisabledReason !== null} onPress={() => setDialog('new')}>
                <Plus aria-hidden className="size-4" /> New insight
              </Button>
            </span>
          </>
        }
      />
      {writeDisabledReason && (
        <p
          role="status"
          className="mb-4 flex items-center gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <Lock aria-hidden className="size-4 shrink-0" />
          {writeDisabledReason} Favoriting, tagging, deleting and creating are turned off.
        </p>
      )}
      <InsightListTabs current={tab} />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <InsightSearchBox
          value={term}
          onCommit={(value) => changeSearch({ search: value })}
          onMoveToResults={(value) => {
            if (value === term && resultsShown) {
              if (rows.length) focusRow(0)
            } else {
              focusFirstRowOf.current = { term: value }
            }
          }}
          inputRef={searchInput}
        />
        <Button
          aria-expanded={filtersOpen}
          aria-controls={filtersOpen ? filtersId : undefined}
          onPress={() => setFiltersOpen((open) => !open)}
        >
          <SlidersHorizontal aria-hidden className="size-4" />
          Filters{activeFilterCount ? ` (${activeFilterCount})` : ''}
        </Button>
        <label className="flex items-center gap-2 text-sm">
          <span className="sr-only sm:not-sr-only">Sort by</span>
          <select
            aria-label="Sort by"
            value={order}
            onChange={(event) => {
              const next = insightListOrders.find((option) => option === event.target.value)
              if (next) void navigate({ search: (prev) => ({ ...prev, order: next, page: undefined }) })
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            {insightListOrders.map((option) => (
              <option key={option} value={option}>
                {orderLabels[option]}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="View" className="ml-auto flex rounded-md border border-slate-300 dark:border-slate-700">
          <button
            type="button"
            aria-pressed={view === 'table'}
            aria-label="Table view"
            title="Table view"
            onClick={() => setView('table')}
            className="rounded-l-md px-2.5 py-1.5 outline-none focus-visible:ring-2 focus-visible:ring-blue-500 aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700"
          >
            <Table aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            aria-pressed={view === 'cards'}
            aria-label="Card view"
            title="Card view"
            onClick={() => setView('cards')}
            className="rounded-r-md px-2.5 py-1.5 outline-none focus-visible:ring-2 focus-visible:ring-blue-500 aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700"
          >
            <LayoutGrid aria-hidden className="size-4" />
          </button>
        </div>
        <Button variant="ghost" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onPress={() => setDialog('shortcuts')}>
          <Keyboard aria-hidden className="size-4" />
        </Button>
      </div>
      {filtersOpen && (
        <InsightFiltersPanel
          fallback={<div className="mb-4 h-48 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />}
          id={filtersId}
          projectId={projectId}
          search={search}
          onChange={changeSearch}
        />
      )}
      <ActiveFilterChips projectId={projectId} search={search} onChange={changeSearch} onClearAll={clearFilters} />
      {selection.selected.size > 0 && (
        <BulkActionBar
          count={selection.selected.size}
          writeDisabledReason={writeDisabledReason}
          onFavorite={(favorited) => void actions.setFavorite(selectedIds, favorited)}
          onEditTags={() => setDialog('tags')}
          onExport={() => actions.exportSelection(selectedRows)}
          onDelete={() =>
            void actions.softDelete(selectedRows).then((deleted) =>
              selection.setMany(
                selectedRows.filter((row) => deleted.includes(row.id)),
                false,
              ),
            )
          }
          onClear={selection.clear}
        />
      )}
      {list.isError && list.data && (
        <div className="mb-3">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} retryLabel="Retry" />
        </div>
      )}
      {body}
      {list.data && count > 0 && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          count={count}
          updating={list.isPlaceholderData}
          onPageSizeChange={(size) =>
            void navigate({ search: (prev) => ({ ...prev, pageSize: size === 50 ? undefined : size, page: undefined }) })
          }
        />
      )}
      {dialog === 'tags' && (
        <BulkTagsDialog projectId={projectId} ids={selectedIds} isOpen onOpenChange={(open) => setDialog(open ? 'tags' : null)} />
      )}
      {(dialog === 'new' || (search.new && writeDisabledReason === null)) && (
        <NewInsightDialog
          projectId={projectId}
          isOpen
          onOpenChange={(open) => {
            setDialog(open ? 'new' : null)
            // Opened through the URL (quick open's "New insight"): closing takes the request out of it again.
            if (!open && search.new) void navigate({ search: (prev) => ({ ...prev, new: undefined }), replace: true })
          }}
        />
      )}
      {dialog === 'shortcuts' && <KeyboardShortcutsDialog isOpen onOpenChange={(open) => setDialog(open ? 'shortcuts' : null)} />}
    </div>
  )
}
