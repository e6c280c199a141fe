import { create } from 'zustand'
import type { TagOperation } from '@/lib/tag-operation-plan'

/** One tag operation run from the tag manager, as it ended. */
export interface TagChange {
  id: number
  projectId: string
  at: string
  operation: TagOperation
  /** Insights on which the operation went through entirely. */
  done: number
  /** Insights left with both the old and the new tag (a removal failed). */
  halfway: number
  /** Insights nothing happened to (their first request failed). */
  untouched: number
  /** Why requests failed, in words; null when none did. */
  failure: string | null
}

interface TagChangeLogState {
  changes: readonly TagChange[]
  record: (change: Omit<TagChange, 'id' | 'at'>) => void
}

let nextId = 1

/**
 * The tag manager's trail of what was changed during this visit, newest first. The lasting record is the project's
 * activity log (the mock writes one entry per insight changed); this list says what each operation did in one line and
 * links there, and survives leaving the page and coming back.
 */
export const useTagChangeLog = create<TagChangeLogState>()((set) => ({
  changes: [],
  record: (change) =>
    set(({ changes }) => ({ changes: [{ ...change, id: nextId++, at: new Date().toISOString() }, ...changes] })),
}))
