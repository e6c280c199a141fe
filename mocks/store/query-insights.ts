import type { SearchMatchType } from '../posthog/insight-serializers'
import { INSIGHT_KINDS, insightKindOf, type InsightKind } from './insight-nodes'
import { parseRelativeOrAbsoluteDate } from './dates'
import type { MockStore } from './store'
import type { MockInsight } from './types'

/** The list filters of `GET …/insights/`, already parsed (see `parseInsightListParams`). */
export interface InsightListParams {
  search?: string
  insight?: InsightKind
  createdBy?: readonly number[]
  tags?: readonly string[]
  dashboards?: readonly number[]
  favorited?: boolean
  /** Only insights created by the requesting user. */
  user?: boolean
  saved?: boolean
  shortId?: string
  dateFrom?: Date
  dateTo?: Date
  createdDateFrom?: Date
  createdDateTo?: Date
  lastViewedDateFrom?: Date
  lastViewedDateTo?: Date
  order?: InsightOrder
  limit?: number
  offset?: number
}

const INSIGHT_ORDER_FIELDS = ['last_modified_at', 'created_at', 'name', 'last_viewed_at', 'id', 'order', 'last_refresh'] as const
type InsightOrderField = (typeof INSIGHT_ORDER_FIELDS)[number]
interface InsightOrder {
  field: InsightOrderField
  descending: boolean
}

const DEFAULT_INSIGHT_ORDER: InsightOrder = { field: 'last_modified_at', descending: true }
/** PostHog's `REST_FRAMEWORK["PAGE_SIZE"]` (posthog/settings/web.py); `LimitOffsetPagination` sets no `max_limit`. */
export const DEFAULT_LIST_LIMIT = 100

export interface InsightQueryContext {
  projectId: number
  /** The requesting user: `user=true` is relative to them (`last_viewed_*` to anyone's views, as in PostHog). */
  userId: number
}

interface InsightMatch {
  insight: MockInsight
  match: SearchMatchType | null
}

export interface InsightQueryResult {
  count: number
  rows: InsightMatch[]
}

/** Share of the search term's trigrams that must appear in a name for a "similar" match (pg_trgm's default is 0.3). */
const SIMILARITY_THRESHOLD = 0.5

interface Derived {
  haystack: string
  nameTrigrams: Set<string>
  kind: InsightKind
  sortName: string
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>()
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue
    const padded = `  ${word} `
    for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3))
  }
  return grams
}

/**
 * Per-insight values the filters need (lowercased text, trigrams, kind). Computing them is the expensive part of a
 * query, so they are cached per store and dropped whenever the store commits a write.
 */
const derivedCache = new WeakMap<MockStore, WeakMap<MockInsight, Derived>>()

function derivedFor(store: MockStore): WeakMap<MockInsight, Derived> {
  let cache = derivedCache.get(store)
  if (!cache) {
    cache = new WeakMap()
    derivedCache.set(store, cache)
    store.onChange(() => derivedCache.delete(store))
  }
  return cache
}

function derive(cache: WeakMap<MockInsight, Derived>, insight: MockInsight): Derived {
  let derived = cache.get(insight)
  if (!derived) {
    const title = insight.name ?? insight.derived_name ?? ''
    derived = {
      haystack: [insight.name, insight.derived_name, insight.description, ...insight.tags]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
      nameTrigrams: trigrams(`${insight.name ?? ''} ${insight.derived_name ?? ''}`),
      kind: insightKindOf(insight.query, insight.filters),
      sortName: title.toLowerCase(),
    }
    cache.set(insight, derived)
  }
  return derived
}

function similarity(term: Set<string>, name: Set<string>): number {
  if (term.size === 0) return 0
  let shared = 0
  for (const gram of term) if (name.has(gram)) shared++
  return shared / term.size
}

function compareOrder(order: InsightOrder, lastViewed: ReadonlyMap<number, string>, cache: WeakMap<MockInsight, Derived>) {
  const direction = order.descending ? -1 : 1
  const key = (insight: MockInsight): string | number | null => {
    switch (order.field) {
      case 'name':
        return derive(cache, insight).sortName
      case 'last_viewed_at':
        return lastViewed.get(insight.id) ?? null
      case 'id':
        return insight.id
      case 'order':
        return insight.order
      default:
        return insight[order.field]
    }
  }
  return (a: MockInsight, b: MockInsight): number => {
    const left = key(a)
    const right = key(b)
    // Rows without a value (never viewed, no order) go last in either direction: they are the least interesting.
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1
    } else if (left !== right) {
      return (left < right ? -1 : 1) * direction
    }
    return b.id - a.id
  }
}

function within(value: string | null | undefined, from: Date | undefined, to: Date | undefined): boolean {
  if (!from && !to) return true
  if (!value) return false
  const at = Date.parse(value)
  return (!from || at > from.getTime()) && (!to || at < to.getTime())
}

/**
 * The insight list as PostHog filters, searches, orders and pages it. Pure over the store (no writes), so the
 * benchmark can time it directly.
 */
export function queryInsights(
  store: MockStore,
  context: InsightQueryContext,
  params: InsightListParams = {},
): InsightQueryResult {
  const cache = derivedFor(store)
  const lastViewed = store.lastViewedByAnyone()
  const createdBy = params.createdBy ? new Set(params.createdBy) : null
  const tags = params.tags ? new Set(params.tags.map((tag) => tag.toLowerCase())) : null
  const needsViews = params.lastViewedDateFrom !== undefined || params.lastViewedDateTo !== undefined

  const candidates: MockInsight[] = []
  for (const insight of store.db.insights) {
    if (insight.project_id !== context.projectId || insight.deleted) continue
    if (params.shortId !== undefined && insight.short_id !== params.shortId) continue
    if (params.insight && derive(cache, insight).kind !== params.insight) continue
    if (createdBy && (insight.created_by === null || !createdBy.has(insight.created_by))) continue
    if (params.user && insight.created_by !== context.userId) continue
    if (params.favorited && !insight.favorited) continue
    if (params.saved !== undefined && insight.saved !== params.saved) continue
    if (tags && !insight.tags.some((tag) => tags.has(tag.toLowerCase()))) continue
    if (params.dashboards && !params.dashboards.every((id) => insight.dashboards.includes(id))) continue
    if (!within(insight.last_modified_at, params.dateFrom, params.dateTo)) continue
    if (!within(insight.created_at, params.createdDateFrom, params.createdDateTo)) continue
    if (needsViews && !within(lastViewed.get(insight.id), params.lastViewedDateFrom, params.lastViewedDateTo)) continue
    candidates.push(insight)
  }

  const compare = compareOrder(params.order ?? DEFAULT_INSIGHT_ORDER, lastViewed, cache)
  let rows: InsightMatch[]
  const term = params.search?.trim().toLowerCase()
  if (term) {
    // PostHog lists exact (substring) matches first, then names that are only close, each row saying which it was.
    const exact: MockInsight[] = []
    const similar: MockInsight[] = []
    const termTrigrams = term.length >= 3 ? trigrams(term) : null
    for (const insight of candidates) {
      const derived = derive(cache, insight)
      if (derived.haystack.includes(term)) exact.push(insight)
      else if (termTrigrams && similarity(termTrigrams, derived.nameTrigrams) >= SIMILARITY_THRESHOLD) similar.push(insight)
    }
    rows = [
      ...exact.sort(compare).map((insight) => ({ insight, match: 'exact' as const })),
      ...similar.sort(compare).map((insight) => ({ insight, match: 'similar' as const })),
    ]
  } else {
    rows = candidates.sort(compare).map((insight) => ({ insight, match: null }))
  }

  const offset = Math.max(0, params.offset ?? 0)
  const limit = Math.max(1, params.limit ?? DEFAULT_LIST_LIMIT)
  return { count: rows.length, rows: rows.slice(offset, offset + limit) }
}

export interface ParamProblem {
  attr: string
  detail: string
}

/** DRF's truthy strings for boolean query parameters. */
export function parseBoolean(value: string): boolean {
  return ['true', '1', 'yes', 'on'].includes(value.trim().toLowerCase())
}

function parseJsonList(value: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(value)
    const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed]
    return list
  } catch {
    return null
  }
}

function numberList(value: string): number[] | null {
  const items = parseJsonList(value)
  if (!items) return null
  const numbers = items.map((item) => (typeof item === 'string' && /^\d+$/.test(item) ? Number(item) : item))
  return numbers.every((item): item is number => typeof item === 'number' && Number.isInteger(item)) ? numbers : null
}

function stringList(value: string): string[] | null {
  const items = parseJsonList(value)
  return items?.every((item): item is string => typeof item === 'string') ? items : null
}

/**
 * DRF's `LimitOffsetPagination.get_limit`/`get_offset` (rest_framework/pagination.py, `_positive_int`), PostHog's
 * default pagination: a `limit` that is not a positive integer means the default, an `offset` that is not a
 * non-negative one means 0. Neither is ever refused, and with no `max_limit` no limit is cut down. The other
 * limit/offset lists read their parameters with it too (`paginate` in mocks/handlers/lookups.ts).
 */
export function paginationInteger(value: string | null, positive: boolean): number | undefined {
  if (value === null || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined
  const parsed = Number(value)
  return parsed < 0 || (positive && parsed === 0) ? undefined : parsed
}

/** Reads the list query string the way PostHog does; a value PostHog would reject becomes a problem naming it. */
export function parseInsightListParams(
  search: URLSearchParams,
  now: Date,
): { params: InsightListParams } | { problem: ParamProblem } {
  const params: InsightListParams = {}
  const dates = [
    ['date_from', 'dateFrom'],
    ['date_to', 'dateTo'],
    ['created_date_from', 'createdDateFrom'],
    ['created_date_to', 'createdDateTo'],
    ['last_viewed_date_from', 'lastViewedDateFrom'],
    ['last_viewed_date_to', 'lastViewedDateTo'],
  ] as const
  for (const [attr, key] of dates) {
    const value = search.get(attr)
    if (value === null || value === '') continue
    const parsed = parseRelativeOrAbsoluteDate(value, now)
    if (!parsed) return { problem: { attr, detail: `Invalid date "${value}": use YYYY-MM-DD or a relative date like -7d.` } }
    params[key] = parsed
  }

  const searchTerm = search.get('search')
  if (searchTerm) params.search = searchTerm
  const kind = search.get('insight')
  if (kind) {
    const parsed = INSIGHT_KINDS.find((candidate) => candidate === kind.toUpperCase())
    if (!parsed) return { problem: { attr: 'insight', detail: `"${kind}" is not a valid choice.` } }
    params.insight = parsed
  }
  const createdBy = search.get('created_by')
  if (createdBy) {
    const ids = numberList(createdBy)
    if (!ids) return { problem: { attr: 'created_by', detail: 'Expected a JSON array of user ids, e.g. [1,2].' } }
    params.createdBy = ids
  }
  const tags = search.get('tags')
  if (tags) {
    const names = stringList(tags)
    if (!names) return { problem: { attr: 'tags', detail: 'Expected a JSON array of tag names, e.g. ["growth"].' } }
    params.tags = names
  }
  const dashboards = search.get('dashboards')
  if (dashboards) {
    const ids = numberList(dashboards)
    if (!ids) return { problem: { attr: 'dashboards', detail: 'Expected a JSON array of dashboard ids, e.g. [1].' } }
    params.dashboards = ids
  }
  // PostHog treats `favorited` and `user` as flags: present means on, whatever the value.
  if (search.has('favorited')) params.favorited = true
  if (search.has('user')) params.user = true
  const saved = search.get('saved')
  if (saved !== null && saved !== '') params.saved = parseBoolean(saved)
  const shortId = search.get('short_id')
  if (shortId) params.shortId = shortId

  const order = search.get('order')
  if (order) {
    const descending = order.startsWith('-')
    const field = descending ? order.slice(1) : order
    const known = INSIGHT_ORDER_FIELDS.find((candidate) => candidate === field)
    if (!known) return { problem: { attr: 'order', detail: `Cannot order by "${order}".` } }
    params.order = { field: known, descending }
  }
  const limit = paginationInteger(search.get('limit'), true)
  if (limit !== undefined) params.limit = limit
  const offset = paginationInteger(search.get('offset'), false)
  if (offset !== undefined) params.offset = offset
  return { params }
}
