import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** The insights list as it was last shown: its project and its URL search params, exactly as the list's URL held them. */
interface InsightListTrail {
  projectId: string
  search: Readonly<Record<string, unknown>>
}

interface InsightListTrailState {
  trail: InsightListTrail | null
  remember: (trail: InsightListTrail) => void
}

/**
 * Where the insights list stood when an insight was opened from it, so the insight page can lead back to it as it was
 * and walk through its rows. Kept per browser tab (sessionStorage): two tabs can browse two different lists.
 */
export const useInsightListTrail = create<InsightListTrailState>()(
  persist((set) => ({ trail: null, remember: (trail) => set({ trail }) }), {
    name: 'insight-desk:insight-list-trail',
    version: 1,
    storage: createJSONStorage(() => sessionStorage),
    partialize: ({ trail }) => ({ trail }),
  }),
)
