import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { firstPaintRows, useRowsInStages } from './use-rows-in-stages'

const page = (from: number, length = 50) => Array.from({ length }, (_, index) => ({ id: from + index, name: `#${from + index}` }))

describe('useRowsInStages', () => {
  it('shows a screenful of a new set of rows first and the rest after the next frame', async () => {
    const FIRST_PAINT_ROWS = firstPaintRows()
    // jsdom's window is 1024 × 768: a table, rows of at least 40 px below the page's top 200 px.
    expect(FIRST_PAINT_ROWS).toBe(Math.ceil((768 - 200) / 40))
    const { result, rerender } = renderHook(({ rows }) => useRowsInStages(rows), { initialProps: { rows: page(1) } })
    expect(result.current).toHaveLength(FIRST_PAINT_ROWS)
    await waitFor(() => expect(result.current).toHaveLength(50))

    rerender({ rows: page(101) })
    expect(result.current.map((row) => row.id)).toEqual(page(101, FIRST_PAINT_ROWS).map((row) => row.id))
    await waitFor(() => expect(result.current).toHaveLength(50))
  })

  it('keeps every row on screen when the same rows change (a star, a tag)', async () => {
    const first = page(1)
    const { result, rerender } = renderHook(({ rows }) => useRowsInStages(rows), { initialProps: { rows: first } })
    await waitFor(() => expect(result.current).toHaveLength(50))
    const edited = first.map((row) => (row.id === 40 ? { ...row, name: 'starred' } : row))
    act(() => rerender({ rows: edited }))
    expect(result.current).toHaveLength(50)
    expect(result.current[39]?.name).toBe('starred')
  })

  it('counts the taller stacked rows of a phone', () => {
    const width = window.innerWidth
    const height = window.innerHeight
    Object.assign(window, { innerWidth: 390, innerHeight: 844 })
    try {
      expect(firstPaintRows()).toBe(Math.ceil((844 - 200) / 100))
    } finally {
      Object.assign(window, { innerWidth: width, innerHeight: height })
    }
  })

  it('shows a short page whole at once', () => {
    const { result } = renderHook(() => useRowsInStages(page(1, 10)))
    expect(result.current).toHaveLength(10)
  })
})
