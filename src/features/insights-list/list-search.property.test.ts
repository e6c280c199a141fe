import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { insightListOrders, insightListParams } from '@/api/insights'
import {
  hasActiveFilters,
  insightListFilters,
  insightListSearchSchema,
  panelFilterCount,
  pageSizes,
  withoutFilters,
  type InsightListSearch,
} from './list-search'

/*
 * Properties of the list's URL ↔ filter mapping over random input: whatever is in the address, the list opens with
 * valid filters; whatever the user sets, the address carries it back unchanged.
 */

const searchKeys = Object.keys(insightListSearchSchema.shape) as (keyof InsightListSearch)[]

/** What can end up in a search param after the router's JSON-ish parsing of a hand-edited URL. */
const junkValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
)

const junkSearch = fc.dictionary(fc.oneof(fc.constantFrom(...searchKeys), fc.string({ maxLength: 8 })), junkValue, {
  maxKeys: 10,
})

const dateBound = fc.oneof(
  fc.constantFrom('-7d', '-30d', '-1m', '-2h', 'mStart', 'yStart', 'dStart'),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
)

const optionalOf = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

/** Any valid list state the UI can produce. */
const validSearch: fc.Arbitrary<InsightListSearch> = fc.record({
  tab: optionalOf(fc.constantFrom('all', 'mine', 'favorites', 'recent' as const)),
  search: optionalOf(fc.string({ unit: 'grapheme', maxLength: 30 })),
  type: optionalOf(fc.constantFrom('TRENDS', 'FUNNELS', 'RETENTION', 'PATHS', 'STICKINESS', 'LIFECYCLE', 'SQL', 'JSON' as const)),
  createdBy: optionalOf(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 3 })),
  tags: optionalOf(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 })),
  dashboards: optionalOf(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 3 })),
  saved: optionalOf(fc.boolean()),
  modifiedFrom: optionalOf(dateBound),
  modifiedTo: optionalOf(dateBound),
  createdFrom: optionalOf(dateBound),
  createdTo: optionalOf(dateBound),
  viewedFrom: optionalOf(dateBound),
  viewedTo: optionalOf(dateBound),
  order: optionalOf(fc.constantFrom(...insightListOrders)),
  page: optionalOf(fc.integer({ min: 1, max: 10_000 })),
  pageSize: optionalOf(fc.constantFrom(...pageSizes)),
})

/** The URL leaves out what is not set; compare without the undefined keys. */
const defined = (search: InsightListSearch) =>
  Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as InsightListSearch

describe('list URL ↔ filters, over random input', () => {
  it('never throws on junk, and what it keeps is valid: parsing it again changes nothing', () => {
    fc.assert(
      fc.property(junkSearch, (input) => {
        const search = insightListSearchSchema.parse(input)
        expect(Object.keys(defined(search)).every((key) => searchKeys.includes(key as keyof InsightListSearch))).toBe(true)
        expect(insightListSearchSchema.parse(search)).toEqual(search)
      }),
      { numRuns: 500 },
    )
  })

  it('carries every valid state through the address unchanged, even search text that looks like JSON', () => {
    const lookalikes = fc.constantFrom('123', 'true', 'null', '[1]', '{"a":1}', '"quoted"', '%20', '&page=2', '#x')
    fc.assert(
      fc.property(validSearch, fc.option(lookalikes, { nil: undefined }), (search, lookalike) => {
        const state = defined({ ...search, ...(lookalike === undefined ? {} : { search: lookalike }) })
        const url = defaultStringifySearch(state)
        expect(insightListSearchSchema.parse(defaultParseSearch(url))).toEqual(state)
      }),
      { numRuns: 400 },
    )
  })

  it('always asks the API for a real page: a known size, an offset on a page boundary, no empty parameter', () => {
    fc.assert(
      fc.property(junkSearch, (input) => {
        const search = insightListSearchSchema.parse(input)
        const filters = insightListFilters(search)
        expect(pageSizes).toContain(filters.limit)
        expect(filters.offset).toBeGreaterThanOrEqual(0)
        expect((filters.offset ?? 0) % (filters.limit ?? 1)).toBe(0)
        expect(insightListOrders).toContain(filters.order)
        if (filters.search !== undefined) expect(filters.search).toBe(filters.search.trim())
        expect(Boolean(filters.favorited)).toBe(search.tab === 'favorites')
        const params = insightListParams(filters, true)
        expect(Object.values(params).filter((value) => value === '' || value === null)).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('"Clear all" removes every filter and keeps tab, order and page size', () => {
    fc.assert(
      fc.property(validSearch, (search) => {
        const cleared = withoutFilters(search)
        expect(hasActiveFilters(cleared)).toBe(false)
        expect(panelFilterCount(cleared)).toBe(0)
        expect({ tab: cleared.tab, order: cleared.order, pageSize: cleared.pageSize }).toEqual({
          tab: search.tab,
          order: search.order,
          pageSize: search.pageSize,
        })
      }),
      { numRuns: 300 },
    )
  })
})
