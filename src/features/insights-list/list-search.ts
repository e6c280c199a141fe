import { z } from 'zod/mini'
import { insightListOrders, type InsightListFilters, type InsightListOrder } from '@/api/insights'
import { insightKindSchema } from '@/api/schemas/insight'
import { isDateBound } from '@/lib/date-range'

const insightListTabs = ['all', 'mine', 'favorites', 'recent'] as const
export type InsightListTab = (typeof insightListTabs)[number]

export const pageSizes = [25, 50, 100] as const
export type PageSize = (typeof pageSizes)[number]
const DEFAULT_PAGE_SIZE: PageSize = 50

/** "Recently viewed" looks this far back unless the user set their own last-viewed range. */
const RECENTLY_VIEWED_FROM = '-30d'

/** Every field falls back to "not set" on junk, so a hand-edited or stale URL still opens the list instead of an error. */
const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)
const dateBound = optional(z.string().check(z.refine(isDateBound)))
const ids = optional(z.array(z.int().check(z.positive())).check(z.minLength(1)))

/**
 * The list's URL search params. Values absent from the URL mean the default, which keeps shared links short;
 * `insightListFilters` turns them into the API's parameters.
 */
export const insightListSearchSchema = z.object({
  tab: optional(z.enum(insightListTabs)),
  search: optional(z.string()),
  type: optional(insightKindSchema),
  createdBy: ids,
  tags: optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  dashboards: ids,
  saved: optional(z.boolean()),
  modifiedFrom: dateBound,
  modifiedTo: dateBound,
  createdFrom: dateBound,
  createdTo: dateBound,
  viewedFrom: dateBound,
  viewedTo: dateBound,
  order: optional(z.enum(insightListOrders)),
  page: optional(z.int().check(z.gte(1))),
  pageSize: optional(z.union([z.literal(25), z.literal(50), z.literal(100)])),
  /** `true` opens the New insight dialog: how quick open's "New insight" reaches it from any page. */
  new: optional(z.literal(true)),
})
export type InsightListSearch = z.infer<typeof insightListSearchSchema>

/** A change to some search params; `undefined` removes one. */
export type SearchPatch = Partial<InsightListSearch>

/** The search params that narrow the list (not tab, order or paging): what "Clear all" removes. */
const filterKeys = [
  'search',
  'type',
  'createdBy',
  'tags',
  'dashboards',
  'saved',
  'modifiedFrom',
  'modifiedTo',
  'createdFrom',
  'createdTo',
  'viewedFrom',
  'viewedTo',
] as const satisfies readonly (keyof InsightListSearch)[]

/**
 * What links within the list keep when they name only what they change. Only the list's own keys: other pages' params
 * (a detail tab's `display`, the activity tab's `page`) must not leak into the list's URL. The page is not kept, so a
 * change of filter or tab starts at page 1 unless the link says otherwise.
 */
export const retainedListSearchKeys = [
  ...filterKeys,
  'tab',
  'order',
  'pageSize',
] as const satisfies readonly (keyof InsightListSearch)[]

export function hasActiveFilters(search: InsightListSearch): boolean {
  return filterKeys.some((key) => search[key] !== undefined && search[key] !== '')
}

/** How many of the filter panel's filters are set (a date range counts once), for the "Filters (n)" button. */
export function panelFilterCount(search: InsightListSearch): number {
  return [
    search.type,
    search.createdBy,
    search.tags,
    search.dashboards,
    search.saved,
    search.modifiedFrom ?? search.modifiedTo,
    search.createdFrom ?? search.createdTo,
    search.viewedFrom ?? search.viewedTo,
  ].filter((value) => value !== undefined).length
}

/** Search params with every filter removed (set to undefined so a retaining middleware cannot bring them back). */
export function withoutFilters(search: InsightListSearch): InsightListSearch {
  const next: InsightListSearch = { ...search, page: undefined }
  for (const key of filterKeys) next[key] = undefined
  return next
}

export function defaultOrder(tab: InsightListTab): InsightListOrder {
  return tab === 'recent' ? '-last_viewed_at' : '-last_modified_at'
}

export function currentPage(search: InsightListSearch): number {
  return search.page ?? 1
}

export function currentPageSize(search: InsightListSearch): PageSize {
  return search.pageSize ?? DEFAULT_PAGE_SIZE
}

/** URL state → the API's list filters; the route loader and the page build the query from the same object. */
export function insightListFilters(search: InsightListSearch): InsightListFilters {
  const tab = search.tab ?? 'all'
  const pageSize = currentPageSize(search)
  const filters: InsightListFilters = {
    order: search.order ?? defaultOrder(tab),
    limit: pageSize,
    offset: (currentPage(search) - 1) * pageSize,
  }
  const term = search.search?.trim()
  if (term) filters.search = term
  if (search.type) filters.insight = search.type
  if (search.createdBy) filters.created_by = search.createdBy
  if (search.tags) filters.tags = search.tags
  if (search.dashboards) filters.dashboards = search.dashboards
  if (search.saved) filters.saved = true
  if (tab === 'mine') filters.user = true
  if (tab === 'favorites') filters.favorited = true
  if (search.modifiedFrom) filters.date_from = search.modifiedFrom
  if (search.modifiedTo) filters.date_to = search.modifiedTo
  if (search.createdFrom) filters.created_date_from = search.createdFrom
  if (search.createdTo) filters.created_date_to = search.createdTo
  const viewedFrom = search.viewedFrom ?? (tab === 'recent' && !search.viewedTo ? RECENTLY_VIEWED_FROM : undefined)
  if (viewedFrom) filters.last_viewed_date_from = viewedFrom
  if (search.viewedTo) filters.last_viewed_date_to = search.viewedTo
  return filters
}

/** PostHog's largest page: the most one CSV request can export. */
const CSV_EXPORT_LIMIT = 1000

/** The same filters without paging: what "Download CSV" exports (PostHog's page limit caps it at 1,000 rows). */
export function insightExportFilters(search: InsightListSearch): InsightListFilters {
  return { ...insightListFilters(search), limit: CSV_EXPORT_LIMIT, offset: 0 }
}
