import { create } from 'zustand'
import type { InsightBasic } from '@/api/schemas/insight'

interface SelectionState {
  /** Selected insights by id, with the row as last seen, so bulk actions and export work across pages. */
  selected: ReadonlyMap<number, InsightBasic>
  /** The last row clicked without shift: the other end of a shift-click range. */
  anchorId: number | null
  toggle: (insight: InsightBasic) => void
  /** Shift-click: selects (or clears, if the clicked row was selected) every row between the anchor and `insight`. */
  toggleRange: (rows: readonly InsightBasic[], insight: InsightBasic) => void
  setMany: (rows: readonly InsightBasic[], selected: boolean) => void
  clear: () => void
}

export const useInsightSelection = create<SelectionState>()((set, get) => ({
  selected: new Map(),
  anchorId: null,
  toggle: (insight) =>
    set(({ selected }) => {
      const next = new Map(selected)
      if (next.has(insight.id)) next.delete(insight.id)
      else next.set(insight.id, insight)
      return { selected: next, anchorId: insight.id }
    }),
  toggleRange: (rows, insight) => {
    const { anchorId, selected } = get()
    const anchor = rows.findIndex((row) => row.id === anchorId)
    const target = rows.findIndex((row) => row.id === insight.id)
    if (anchor === -1 || target === -1) return get().toggle(insight)
    const range = rows.slice(Math.min(anchor, target), Math.max(anchor, target) + 1)
    const select = !selected.has(insight.id)
    const next = new Map(selected)
    for (const row of range) {
      if (select) next.set(row.id, row)
      else next.delete(row.id)
    }
    set({ selected: next, anchorId: insight.id })
  },
  setMany: (rows, select) =>
    set(({ selected }) => {
      const next = new Map(selected)
      for (const row of rows) {
        if (select) next.set(row.id, row)
        else next.delete(row.id)
      }
      return { selected: next }
    }),
  clear: () => set({ selected: new Map(), anchorId: null }),
}))
