import { describeError } from '@/api/error-message'
import { ApiError } from '@/api/http'
import { tagify } from '@/api/insights'
import { notify } from './notify'

/** Whether two tag lists hold the same names, in any order, as the server would store them. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = tagify(a).sort()
  const right = tagify(b).sort()
  return left.length === right.length && left.every((tag, index) => tag === right[index])
}

/**
 * A refused tag save, in a toast. The change was shown at once and has been rolled back, so the toast is the only
 * place the user learns of it; Retry sends the same tags again, except when the key may not write at all.
 */
export function notifyTagSaveFailed(error: unknown, insightName: string, retry: () => void): void {
  const forbidden = error instanceof ApiError && error.status === 403
  notify('error', `Could not save the tags of “${insightName}”: ${describeError(error).message}`, {
    duration: 10_000,
    ...(forbidden ? {} : { action: { label: 'Retry', onClick: retry } }),
  })
}
