import { useEffect, useRef, type FocusEvent, type MouseEvent } from 'react'
import type { InsightBasic } from '@/api/schemas/insight'

/** Long enough that sweeping the pointer across the list fetches nothing, short enough to beat a click. */
const HOVER_INTENT_MS = 120

function rowIndex(target: EventTarget): number | null {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-insight-row]') : null
  return row ? Number(row.dataset.insightRow) : null
}

/**
 * Prefetches the detail of the row the pointer rests on (after a short pause) or that receives focus (at once), with
 * one set of handlers on the list instead of two per row.
 */
export function useRowPrefetch(rows: readonly InsightBasic[], prefetch: (insight: InsightBasic) => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const hovered = useRef<number | null>(null)
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }
  useEffect(() => cancel, [])

  return {
    onMouseOver: (event: MouseEvent) => {
      const index = rowIndex(event.target)
      if (index === hovered.current) return
      hovered.current = index
      cancel()
      const insight = index === null ? undefined : rows[index]
      if (insight) timer.current = setTimeout(() => prefetch(insight), HOVER_INTENT_MS)
    },
    onMouseLeave: () => {
      hovered.current = null
      cancel()
    },
    onFocus: (event: FocusEvent) => {
      const index = rowIndex(event.target)
      const insight = index === null ? undefined : rows[index]
      if (insight) prefetch(insight)
    },
  }
}
