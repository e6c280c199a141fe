/** `items` cut into consecutive pieces of at most `size`, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a positive integer, got ${size}`)
  const pieces: T[][] = []
  for (let start = 0; start < items.length; start += size) pieces.push(items.slice(start, start + size))
  return pieces
}

/** A batch that failed as a whole, with the reason it was refused. */
interface FailedBatch<T> {
  items: T[]
  error: unknown
}

export interface BatchRun<T, R> {
  /** The answers of the batches that went through, in order. */
  answers: R[]
  failed: FailedBatch<T>[]
}

export interface BatchProgress {
  /** Items whose batch has been answered, successfully or not. */
  done: number
  total: number
}

/**
 * Sends `items` in batches of at most `size`, one batch at a time (a server asked for hundreds of writes at once is a
 * server that times out), and goes on after a failed batch: the others are independent, and the caller reports which
 * items did and did not go through instead of stopping halfway with an unknown state.
 */
export async function runInBatches<T, R>(
  items: readonly T[],
  size: number,
  send: (batch: T[]) => Promise<R>,
  onProgress?: (progress: BatchProgress) => void,
): Promise<BatchRun<T, R>> {
  const run: BatchRun<T, R> = { answers: [], failed: [] }
  let done = 0
  onProgress?.({ done, total: items.length })
  for (const batch of chunk(items, size)) {
    try {
      run.answers.push(await send(batch))
    } catch (error) {
      run.failed.push({ items: batch, error })
    }
    done += batch.length
    onProgress?.({ done, total: items.length })
  }
  return run
}
