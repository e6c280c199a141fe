import { describe, expect, it } from 'vitest'
import { insightListParams } from '@/api/insights'
import {
  hasActiveFilters,
  insightExportFilters,
  insightListFilters,
  insightListSearchSchema,
  panelFilterCount,
  withoutFilters,
  type InsightListSearch,
} from './list-search'

const parse = (input: Record<string, unknown>): InsightListSearch => insightListSearchSchema.parse(input)

describe('insightListSearchSchema', () => {
  it('keeps valid values as they are', () => {
    const search = parse({
      tab: 'favorites',
      search: 'signup',
      type: 'FUNNELS',
      createdBy: [1, 2],
      tags: ['growth', 'web'],
      dashboards: [3],
      saved: true,
      modifiedFrom: '-7d',
      createdFrom: '2025-01-01',
      createdTo: '2025-02-01',
      viewedFrom: 'mStart',
      order: 'name',
      page: 3,
      pageSize: 25,
    })
    expect(search).toEqual({
      tab: 'favorites',
      search: 'signup',
      type: 'FUNNELS',
      createdBy: [1, 2],
      tags: ['growth', 'web'],
      dashboards: [3],
      saved: true,
      modifiedFrom: '-7d',
      createdFrom: '2025-01-01',
      createdTo: '2025-02-01',
      viewedFrom: 'mStart',
      order: 'name',
      page: 3,
      pageSize: 25,
    })
  })

  it('drops each invalid value on its own and keeps the rest, without throwing', () => {
    const search = parse({
      tab: 'everything',
      search: 42,
      type: 'PIE',
      createdBy: ['x'],
      tags: [],
      dashboards: [-1],
      saved: 'maybe',
      modifiedFrom: 'yesterday',
      createdTo: '2025-02-30',
      order: 'random',
      page: 0,
      pageSize: 40,
      viewedFrom: '-7d',
    })
    expect(search).toEqual({ viewedFrom: '-7d' })
  })

  it('reads the request to open the New insight dialog only as `new=true`', () => {
    expect(parse({ new: true })).toEqual({ new: true })
    for (const junk of [false, 'yes', 1]) expect(parse({ new: junk })).toEqual({})
  })

  it('accepts an empty URL', () => {
    expect(parse({})).toEqual({})
  })

  it('ignores unknown params', () => {
    expect(parse({ utm_source: 'mail', page: 2 })).toEqual({ page: 2 })
  })
})

describe('insightListFilters', () => {
  it('defaults to the first 50 rows, newest modification first', () => {
    expect(insightListFilters({})).toEqual({ order: '-last_modified_at', limit: 50, offset: 0 })
  })

  it('maps every filter to its PostHog parameter', () => {
    const filters = insightListFilters(
      parse({
        search: '  signup ',
        type: 'TRENDS',
        createdBy: [1],
        tags: ['growth'],
        dashboards: [2, 3],
        saved: true,
        modifiedFrom: '-7d',
        modifiedTo: '2025-05-01',
        createdFrom: '2025-01-01',
        createdTo: '2025-02-01',
        viewedFrom: '-30d',
        viewedTo: '-1d',
        order: 'name',
        page: 3,
        pageSize: 100,
      }),
    )
    expect(insightListParams(filters, true)).toEqual({
      search: 'signup',
      insight: 'TRENDS',
      created_by: [1],
      tags: ['growth'],
      dashboards: [2, 3],
      saved: 'true',
      date_from: '-7d',
      date_to: '2025-05-01',
      created_date_from: '2025-01-01',
      created_date_to: '2025-02-01',
      last_viewed_date_from: '-30d',
      last_viewed_date_to: '-1d',
      order: 'name',
      limit: 100,
      offset: 200,
      basic: 'true',
    })
  })

  it('turns tabs into PostHog switches', () => {
    expect(insightListFilters({ tab: 'mine' })).toMatchObject({ user: true })
    expect(insightListFilters({ tab: 'favorites' })).toMatchObject({ favorited: true })
    expect(insightListFilters({ tab: 'all' })).not.toHaveProperty('user')
  })

  it('gives "Recently viewed" a last-viewed window and order, which explicit choices override', () => {
    expect(insightListFilters({ tab: 'recent' })).toMatchObject({
      last_viewed_date_from: '-30d',
      order: '-last_viewed_at',
    })
    expect(insightListFilters({ tab: 'recent', viewedFrom: '-7d', order: 'name' })).toMatchObject({
      last_viewed_date_from: '-7d',
      order: 'name',
    })
    expect(insightListFilters({ tab: 'recent', viewedTo: '2025-01-01' })).not.toHaveProperty('last_viewed_date_from')
  })

  it('never sends a blank search or "saved=false" for an unticked "saved only"', () => {
    expect(insightListParams(insightListFilters({ search: '   ', saved: false }), true)).toEqual({
      order: '-last_modified_at',
      limit: 50,
      basic: 'true',
    })
  })

  it('exports the whole filtered list, not the current page', () => {
    expect(insightExportFilters({ page: 4, pageSize: 25, type: 'SQL' })).toMatchObject({ insight: 'SQL', limit: 1000, offset: 0 })
  })
})

describe('active filters', () => {
  it('are the narrowing params, not the tab, order or page', () => {
    expect(hasActiveFilters({ tab: 'mine', order: 'name', page: 2, pageSize: 25 })).toBe(false)
    expect(hasActiveFilters({ tags: ['a'] })).toBe(true)
    expect(hasActiveFilters({ search: '' })).toBe(false)
  })

  it('count once per filter of the panel, a date range being one', () => {
    expect(panelFilterCount({ search: 'x', createdFrom: '2025-01-01', createdTo: '2025-02-01', tags: ['a', 'b'] })).toBe(2)
    expect(panelFilterCount({})).toBe(0)
  })

  it('are all cleared at once, keeping tab, order and size but going back to page 1', () => {
    const cleared = withoutFilters({ tab: 'mine', search: 'x', tags: ['a'], order: 'name', page: 4, pageSize: 25 })
    expect(cleared).toMatchObject({ tab: 'mine', order: 'name', pageSize: 25 })
    expect(cleared.search).toBeUndefined()
    expect(cleared.tags).toBeUndefined()
    expect(cleared.page).toBeUndefined()
    expect(hasActiveFilters(cleared)).toBe(false)
  })
})
