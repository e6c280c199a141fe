import { z } from 'zod/mini'

/*
 * Search params of the Thresholds tab. Every field falls back to its default when missing or malformed, so a
 * hand-edited or stale URL still opens a page instead of an error.
 */

const THRESHOLD_PAGE_SIZE = 10
const MAX_PAGE_SIZE = 100

/** A whole number from `min` (and up to `max`); missing or anything else gives `fallback`. */
function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.catch(z._default(z.int().check(z.minimum(min), z.maximum(max)), fallback), fallback)
}

export const thresholdListSearchSchema = z.object({
  limit: wholeNumber(THRESHOLD_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  offset: wholeNumber(0, 0),
})
export type ThresholdListSearch = z.infer<typeof thresholdListSearchSchema>
export const thresholdListSearchDefaults: ThresholdListSearch = { limit: THRESHOLD_PAGE_SIZE, offset: 0 }

/** Which series of a multi-series trends insight the threshold is drawn against (PostHog's `series_index`). */
export const thresholdDetailSearchSchema = z.object({
  series: wholeNumber(0, 0),
})
export type ThresholdDetailSearch = z.infer<typeof thresholdDetailSearchSchema>
export const thresholdDetailSearchDefaults: ThresholdDetailSearch = { series: 0 }
