import { create } from 'zustand'
import { persist } from 'zustand/middleware'

type InsightListView = 'table' | 'cards'

interface InsightListPreferences {
  view: InsightListView
  setView: (view: InsightListView) => void
}

/** How the insights list is shown; remembered on this device because it is a habit, not part of a shared link. */
export const useInsightListPreferences = create<InsightListPreferences>()(
  persist((set) => ({ view: 'table', setView: (view) => set({ view }) }), {
    name: 'insight-desk:insight-list-preferences',
    version: 1,
  }),
)
