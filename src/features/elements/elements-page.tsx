import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { Info, MousePointerClick, SearchX } from 'lucide-react'
import { elementQueries } from '@/api/elements'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageHeading } from '@/components/page-heading'
import { hasElementFilters, matchesElementFilters } from './element-filters'
import { ELEMENT_PAGE_SIZE, type ElementFilterKey, type ElementSearch } from './element-search'
import { ElementStatsSummary } from './element-stats-summary'
import { ElementTable } from './element-table'
import { ElementValueFilter } from './element-value-filter'

const route = getRouteApi('/project/$projectId/elements')

const filterFields: readonly { key: ElementFilterKey; label: string }[] = [
  { key: 'tag_name', label: 'Tag name' },
  { key: 'text', label: 'Text' },
  { key: 'href', label: 'Link (href)' },
  { key: 'selector', label: 'Selector' },
]

/**
 * The project's autocaptured elements: the click summary, then a table to search. Read-only, and it says why: PostHog's
 * `ElementSerializer` sends no id, so the API offers no way to open, edit or delete one element. PostHog's `elements/`
 * list takes no filters (only `limit`/`offset`), so the filters narrow the loaded rows, and say so.
 */
export function ElementsPage() {
  const { projectId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const list = useSuspenseInfiniteQuery(elementQueries.pages(projectId, ELEMENT_PAGE_SIZE))
  const loaded = list.data.pages.flatMap((page) => page.results)
  const unreadable = list.data.pages.reduce((sum, page) => sum + page.unreadable, 0)
  const total = list.data.pages[0]?.count ?? loaded.length
  const rows = loaded.filter((element) => matchesElementFilters(element, search))
  const filtered = hasElementFilters(search)

  const setSearch = (patch: Partial<ElementSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
  const clearFilters = () => setSearch({ tag_name: undefined, text: undefined, href: undefined, selector: undefined })

  return (
    <>
      <PageHeading
        title="Elements"
        description="The page elements PostHog autocaptured in this project, and how often they are clicked."
      />
      <p
        id="elements-read-only"
        className="mb-4 flex items-start gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
      >
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          Read-only: PostHog’s API lists elements without an id, so there is no way to open, edit or delete a single element from
          here.
        </span>
      </p>
      <ElementStatsSummary projectId={projectId} search={search} onToggle={setSearch} />

      <section aria-labelledby="elements-table-title">
        <h2 id="elements-table-title" className="mb-3 font-semibold">
          All elements
        </h2>
        {total === 0 ? (
          <EmptyState
            icon={MousePointerClick}
            title="No elements yet"
            description="Elements appear here once PostHog autocaptures clicks in this project."
          />
        ) : (
          <>
            <div
              role="group"
              aria-label="Filters"
              aria-describedby="elements-filter-note"
              className="mb-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end"
            >
              {filterFields.map((field) => (
                <ElementValueFilter
                  key={field.key}
                  projectId={projectId}
                  filterKey={field.key}
                  label={field.label}
                  value={search[field.key]}
                  onChange={(value) => setSearch({ [field.key]: value })}
                />
              ))}
              {filtered && (
                <Button variant="ghost" onPress={clearFilters}>
                  Clear filters
                </Button>
              )}
            </div>
            <p id="elements-filter-note" role="status" className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {filtered
                ? `${rows.length} of the ${loaded.length} loaded ${loaded.length === 1 ? 'element matches' : 'elements match'}. `
                : `Showing ${loaded.length} of ${total} ${total === 1 ? 'element' : 'elements'}. `}
              Filters apply to the loaded elements.
              {unreadable > 0 &&
                ` ${unreadable} ${unreadable === 1 ? 'element was' : 'elements were'} left out: the server sent ${unreadable === 1 ? 'it' : 'them'} in a shape this app cannot read.`}
            </p>
            {rows.length === 0 ? (
              <EmptyState
                icon={SearchX}
                title="No loaded element matches"
                description={list.hasNextPage ? 'Load more elements, or change the filters.' : 'Change or clear the filters.'}
                action={<Button onPress={clearFilters}>Clear filters</Button>}
              />
            ) : (
              <ElementTable rows={rows} />
            )}
            <div className="mt-4 flex flex-col items-start gap-3">
              {list.isFetchNextPageError && (
                <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} retryLabel="Retry" />
              )}
              {list.hasNextPage && !list.isFetchNextPageError && (
                <Button isPending={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </Button>
              )}
            </div>
          </>
        )}
      </section>
    </>
  )
}
