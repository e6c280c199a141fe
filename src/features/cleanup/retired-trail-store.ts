import { create } from 'zustand'
import { persist } from 'zustand/middleware'

/** One insight this browser retired, with what is needed to show and restore it. */
export interface RetiredInsight {
  projectId: string
  id: number
  shortId: string
  name: string
  /** The dashboards it was on when retired, so a restore puts it back on them (absent in entries kept before). */
  dashboards?: readonly number[]
  retiredAt: string
}

interface RetiredTrailState {
  entries: readonly RetiredInsight[]
  add: (entries: readonly RetiredInsight[]) => void
  remove: (projectId: string, ids: readonly number[]) => void
}

/**
 * "Retired here": every insight this browser soft-deleted from the clean-up page. PostHog's list never shows a deleted
 * insight again and has no "deleted" filter, so without this trail a retired insight could only be found again by id;
 * it is kept on this device (localStorage) until the insight is restored.
 */
export const useRetiredTrail = create<RetiredTrailState>()(
  persist(
    (set) => ({
      entries: [],
      add: (added) =>
        set(({ entries }) => {
          const fresh = new Set(added.map((entry) => `${entry.projectId}:${entry.id}`))
          return { entries: [...added, ...entries.filter((entry) => !fresh.has(`${entry.projectId}:${entry.id}`))] }
        }),
      remove: (projectId, ids) =>
        set(({ entries }) => {
          const gone = new Set(ids)
          return { entries: entries.filter((entry) => entry.projectId !== projectId || !gone.has(entry.id)) }
        }),
    }),
    { name: 'insight-desk:cleanup-retired', version: 1 },
  ),
)
