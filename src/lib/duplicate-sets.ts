import { queryFingerprint } from './query-normalize'

export interface DuplicateCandidate {
  id: number
  query: unknown
}

interface FindDuplicatesOptions {
  signal?: AbortSignal
  /** How long one slice of work may hold the main thread before yielding to input. */
  sliceMs?: number
  /** Called between slices with how many items are done. */
  onProgress?: (done: number) => void
}

/**
 * Gives the browser a turn (input, rendering) and continues right after it. A message, not `setTimeout(0)`: nested
 * timeouts are clamped to 4 ms, which would make a thousand slices cost four idle seconds.
 */
function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0))
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Ids of insights whose queries are the same once normalized, as sets of two or more (insights without a query are
 * never duplicates of each other). The work is cut into slices of `sliceMs` (default 8 ms) with a yield between them,
 * so typing and clicking are answered while thousands of queries are compared.
 */
export async function findDuplicateSets<T extends DuplicateCandidate>(
  items: readonly T[],
  { signal, sliceMs = 8, onProgress }: FindDuplicatesOptions = {},
): Promise<T[][]> {
  const byFingerprint = new Map<string, T[]>()
  let sliceStart = performance.now()
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (item && item.query !== null && item.query !== undefined) {
      const fingerprint = queryFingerprint(item.query)
      const set = byFingerprint.get(fingerprint)
      if (set) set.push(item)
      else byFingerprint.set(fingerprint, [item])
    }
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(index + 1)
      await yieldToBrowser()
      signal?.throwIfAborted()
      sliceStart = performance.now()
    }
  }
  onProgress?.(items.length)
  return [...byFingerprint.values()].filter((set) => set.length > 1)
}
