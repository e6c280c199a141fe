import { useEffect, useRef, useState } from 'react'
import { fetchSharingConfiguration } from '@/api/sharing'

/** Sharing reads in flight at once: one per insight, so they are kept few to leave room for the user's own requests. */
const SHARING_CONCURRENCY = 6

export interface SharingChecks {
  checked: ReadonlySet<number>
  shared: ReadonlySet<number>
  /** Insights whose sharing could not be read; they stay unproposed until a check succeeds. */
  failed: ReadonlySet<number>
  pending: number
  retryFailed: () => void
}

/**
 * Reads the public sharing of the given insights. PostHog's insight list says nothing about sharing, so this is one
 * request per insight; the page asks only for candidates that show no other sign of use, the only ones it would propose.
 */
export function useSharingChecks(projectId: string, ids: readonly number[]): SharingChecks {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set())
  const [shared, setShared] = useState<ReadonlySet<number>>(new Set())
  const [failed, setFailed] = useState<ReadonlySet<number>>(new Set())
  const [attempt, setAttempt] = useState(0)
  const requested = useRef(new Set<number>())

  useEffect(() => {
    const requestedIds = requested.current
    const todo = ids.filter((id) => !requestedIds.has(id))
    if (todo.length === 0) return
    for (const id of todo) requestedIds.add(id)
    const abort = new AbortController()
    const worker = async () => {
      for (let id = todo.shift(); id !== undefined; id = todo.shift()) {
        if (abort.signal.aborted) return
        const insightId = id
        try {
          const config = await fetchSharingConfiguration(projectId, insightId, abort.signal)
          if (config.enabled) setShared((current) => new Set(current).add(insightId))
          setChecked((current) => new Set(current).add(insightId))
          setFailed((current) => {
            if (!current.has(insightId)) return current
            const next = new Set(current)
            next.delete(insightId)
            return next
          })
        } catch {
          requestedIds.delete(insightId)
          if (!abort.signal.aborted) setFailed((current) => new Set(current).add(insightId))
        }
      }
    }
    void Promise.all(Array.from({ length: SHARING_CONCURRENCY }, worker))
    return () => {
      abort.abort()
      for (const id of todo) requestedIds.delete(id)
    }
  }, [ids, projectId, attempt])

  const pending = ids.filter((id) => !checked.has(id) && !failed.has(id)).length
  return { checked, shared, failed, pending, retryFailed: () => setAttempt((value) => value + 1) }
}
