import { describeError } from '@/api/error-message'
import { chunk } from '@/lib/batches'

export interface WriteFailure {
  id: number
  message: string
}

interface WriteProgress {
  done: number
  total: number
}

export interface WriteOutcome {
  succeeded: number[]
  failed: WriteFailure[]
}

interface WriteOptions {
  /** Writes in flight at once; PostHog has no bulk delete, so each insight is its own PATCH. */
  batchSize?: number
  onProgress?: (progress: WriteProgress) => void
  /** Called after each batch with the ids it wrote, so a trail is saved as the run goes, not only at its end. */
  onBatch?: (succeeded: number[]) => void
  signal?: AbortSignal
}

/**
 * Sends one write per insight, a batch at a time, and goes on after failures: every id ends up either in `succeeded`
 * (the server confirmed it) or in `failed` with the reason, so nothing is lost or reported done without an answer.
 */
export async function writeInBatches(
  ids: readonly number[],
  write: (id: number) => Promise<unknown>,
  { batchSize = 10, onProgress, onBatch, signal }: WriteOptions = {},
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { succeeded: [], failed: [] }
  let done = 0
  onProgress?.({ done, total: ids.length })
  for (const batch of chunk(ids, batchSize)) {
    if (signal?.aborted) {
      outcome.failed.push(...batch.map((id) => ({ id, message: 'Stopped before it was sent.' })))
      continue
    }
    const answers = await Promise.allSettled(batch.map((id) => write(id)))
    const written: number[] = []
    answers.forEach((answer, index) => {
      const id = batch[index]
      if (id === undefined) return
      if (answer.status === 'fulfilled') written.push(id)
      else outcome.failed.push({ id, message: describeError(answer.reason).message })
    })
    outcome.succeeded.push(...written)
    onBatch?.(written)
    done += batch.length
    onProgress?.({ done, total: ids.length })
  }
  return outcome
}
