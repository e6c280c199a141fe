import { DEFAULT_LIST_LIMIT, paginationInteger } from '../store/query-insights'
import type { MockInsight } from '../store/types'
import { notFound, validationError } from './errors'
import type { ApiContext, ProjectContext } from './router'

type PagingContext = Pick<ApiContext, 'url' | 'pageUrl'>

/** DRF's `LimitOffsetPagination` page (PostHog's default pagination class). */
export interface Paginated<Item> {
  count: number
  next: string | null
  previous: string | null
  results: Item[]
}

/*
 * Helpers several resources share: finding the insight a path names, and DRF's limit/offset pagination.
 */

/** The insight named by `:id` (numeric id or short_id) in this project; deleted ones answer 404 unless allowed. */
export function requireInsight(
  context: ProjectContext,
  id: string | undefined,
  options: { allowDeleted?: boolean } = {},
): MockInsight {
  const insight = id ? context.store.findInsight(context.project.id, id) : undefined
  if (!insight || (insight.deleted && !options.allowDeleted)) throw notFound()
  return insight
}

function nonNegativeInteger(context: PagingContext, name: string, fallback: number): number {
  const value = context.url.searchParams.get(name)
  if (value === null || value === '') return fallback
  if (!/^\d+$/.test(value.trim())) throw validationError(name, 'A valid integer is required.')
  return Number(value)
}

/** Reads an integer query parameter as a DRF `IntegerField` does (400 naming it when it is not one). */
export function integerParam(context: PagingContext, name: string, fallback: number): number {
  return nonNegativeInteger(context, name, fallback)
}

export interface PaginationOptions {
  /** `default_limit`: PostHog's `REST_FRAMEWORK["PAGE_SIZE"]` (100) unless the view sets its own. */
  defaultLimit?: number
  /** `max_limit`: a larger `limit` is cut down to it. DRF's `LimitOffsetPagination` has none unless the view sets one. */
  maxLimit?: number
}

/**
 * DRF's `LimitOffsetPagination` (rest_framework/pagination.py), PostHog's `DEFAULT_PAGINATION_CLASS`
 * (posthog/settings/web.py): absolute `next`/`previous` URLs, null at either end. Its parameters are read as the
 * insights list reads them (`paginationInteger`): never refused, a bad `limit` (or 0) is the default, a bad `offset` 0.
 */
export function paginate<Item>(context: PagingContext, items: readonly Item[], options: PaginationOptions = {}): Paginated<Item> {
  const { defaultLimit = DEFAULT_LIST_LIMIT, maxLimit = Number.POSITIVE_INFINITY } = options
  const search = context.url.searchParams
  const limit = Math.min(maxLimit, paginationInteger(search.get('limit'), true) ?? defaultLimit)
  const offset = paginationInteger(search.get('offset'), false) ?? 0
  return pageOf(context, items.slice(offset, offset + limit), items.length, limit, offset)
}

/** The page envelope for results already cut to `limit` from `offset` (when the query did the slicing). */
export function pageOf<Item>(
  context: PagingContext,
  results: Item[],
  count: number,
  limit: number,
  offset: number,
): Paginated<Item> {
  return {
    count,
    next: offset + limit < count ? context.pageUrl({ limit, offset: offset + limit }) : null,
    previous: offset > 0 ? context.pageUrl({ limit, offset: Math.max(0, offset - limit) }) : null,
    results,
  }
}

/** PostHog's `tagify`: tags are trimmed, lowercased and deduplicated. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [
    ...new Set(
      tags
        .map((tag) =>
          tag
            .trim()
            .replace(/^['"]+|['"]+$/g, '')
            .toLowerCase(),
        )
        .filter(Boolean),
    ),
  ].sort()
}
