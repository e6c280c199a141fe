import { postHogSerializer } from './inventory'

/*
 * PostHog's pre-query insight endpoints (`InsightViewSet.trend` and `.funnel`, products/product_analytics/backend/api/
 * insight.py, formerly posthog/api/insight.py). No serializer: each answers a dict built in the action. The
 * `calculate_*` method returns `{result, timezone}`, `@cached_by_filters` (posthog/decorators.py) adds `last_refresh`
 * and `is_cached`, and the action adds `timings` (`HogQLTimings.to_list()`), and for trends `next`.
 */

/** `InsightViewSet.trend`'s answer. `next` is a URL only when more than 20 series came back. */
export const legacyTrendAnswer = postHogSerializer({
  source: 'products/product_analytics/backend/api/insight.py',
  className: 'InsightViewSet.trend',
  fields: ['result', 'timezone', 'last_refresh', 'is_cached', 'timings', 'next'],
  nullable: ['next'],
})

/** `InsightViewSet.funnel`'s answer: no `next`. */
export const legacyFunnelAnswer = postHogSerializer({
  source: 'products/product_analytics/backend/api/insight.py',
  className: 'InsightViewSet.funnel',
  fields: ['result', 'timezone', 'last_refresh', 'is_cached', 'timings'],
})

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type LegacyTrendAnswer = Answer<typeof legacyTrendAnswer>
export type LegacyFunnelAnswer = Answer<typeof legacyFunnelAnswer>

/** What a freshly computed legacy answer carries besides `result` (and `next`). */
export function legacyComputedFields(timezone: string, now: string): Omit<LegacyFunnelAnswer, 'result'> {
  return {
    timezone,
    last_refresh: now,
    // The mock computes on every call, so nothing is cached.
    is_cached: false,
    // `QueryTiming` rows (`{k, t}`, seconds): the action's one `calculate` measurement and HogQLTimings' total.
    timings: [
      { k: './calculate', t: 0.05 },
      { k: '.', t: 0.05 },
    ],
  }
}
