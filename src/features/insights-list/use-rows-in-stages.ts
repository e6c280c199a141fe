import { useEffect, useState } from 'react'

/** No table row is shorter than this (a name without a description); cards are taller. */
const MIN_ROW_HEIGHT_PX = 40

/** Rows in the first paint of a new set of rows: as many as the window can show, at least 10. */
export function firstPaintRows(): number {
  return Math.max(10, Math.ceil(window.innerHeight / MIN_ROW_HEIGHT_PX))
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
