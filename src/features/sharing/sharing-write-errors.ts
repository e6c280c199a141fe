import { describeError } from '@/api/error-message'
import { ApiError } from '@/api/http'

/**
 * A refusal that means "this key may read but never write": the tab turns read-only instead of failing each time.
 * PostHog words it "API key missing required scope '…'". Other 403s (a plan without the feature) refuse one action
 * only, so they are shown as a message and leave the tab editable.
 */
export function isWriteForbidden(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403 && /\bscope\b/i.test(error.detail)
}

/** The sentence shown when a sharing change is refused, with the server's own reason kept verbatim. */
export function describeSharingRefusal(error: unknown): string {
  const { title, message } = describeError(error)
  if (error instanceof ApiError && error.status === 400) return message
  return `${title}: ${message}`
}
