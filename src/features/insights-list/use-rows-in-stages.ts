import { useEffect, useState } from 'react'

/** The first row starts at least this far down: the app's header, the page's title, tabs and search are above it
 * (296 px at 1280 × 800, 430 px on a phone). */
const FIRST_ROW_TOP_MIN_PX = 200
/** No table row is shorter than this (a name without a description); cards are taller. */
const MIN_ROW_HEIGHT_PX = 40
/** Below `md` each row is a stacked grid of name, type, tags and dates, never shorter than this. */
const MIN_STACKED_ROW_HEIGHT_PX = 100
const MD_BREAKPOINT_PX = 768

/** Rows in the first paint of a new set of rows: as many as can start above the fold, at least 5. */
export function firstPaintRows(): number {
  const rowHeight = window.innerWidth < MD_BREAKPOINT_PX ? MIN_STACKED_ROW_HEIGHT_PX : MIN_ROW_HEIGHT_PX
  return Math.max(5, Math.ceil((window.innerHeight - FIRST_ROW_TOP_MIN_PX) / rowHeight))
}

const idsOf = (rows: readonly { id: number }[]) => rows.map((row) => row.id).join(',')

/**
 * A new page or search shows the rows the window can hold first and the rest a frame later, so the first rows are not
 * held back by building the ones below the fold (half the page's render time). Only a new set of rows is staged: an
 * edit to a row on screen (a star, a tag) re-renders in place, so focus and scroll stay where they are.
 */
export function useRowsInStages<Row extends { id: number }>(rows: readonly Row[]): readonly Row[] {
  const ids = idsOf(rows)
  const first = firstPaintRows()
  // The set of rows whose rest has been shown; a new set starts staged again.
  const [completeIds, setCompleteIds] = useState<string | null>(null)
  const done = rows.length <= first || completeIds === ids
  useEffect(() => {
    if (done) return
    // A timer set inside an animation frame runs after that frame has painted.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setCompleteIds(ids))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ids, done])
  return done ? rows : rows.slice(0, first)
}
