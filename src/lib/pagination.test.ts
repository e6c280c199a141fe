import { describe, expect, it } from 'vitest'
import { pageCount, pageLinks, pageRangeLabel } from './pagination'

describe('pageRangeLabel', () => {
  it('names the rows of the page', () => {
    expect(pageRangeLabel(1, 50, 612)).toBe('1–50 of 612')
    expect(pageRangeLabel(13, 50, 612)).toBe('601–612 of 612')
    expect(pageRangeLabel(1, 25, 10_000)).toBe('1–25 of 10,000')
    expect(pageRangeLabel(40_001, 25, 1_234_567)).toBe('1,000,001–1,000,025 of 1,234,567')
  })

  it('reads 0 of 0 for an empty list', () => {
    expect(pageRangeLabel(1, 50, 0)).toBe('0 of 0')
  })
})

describe('pageCount', () => {
  it('is at least one page', () => {
    expect(pageCount(50, 0)).toBe(1)
    expect(pageCount(50, 612)).toBe(13)
    expect(pageCount(50, 600)).toBe(12)
  })
})

describe('pageLinks', () => {
  it('lists every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4])
  })

  it('skips distant pages with a gap, but never hides a single page behind one', () => {
    expect(pageLinks(1, 13)).toEqual([1, 2, 'gap', 13])
    expect(pageLinks(7, 13)).toEqual([1, 'gap', 6, 7, 8, 'gap', 13])
    expect(pageLinks(4, 13)).toEqual([1, 2, 3, 4, 5, 'gap', 13])
  })
})
