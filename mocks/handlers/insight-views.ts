import { z } from 'zod/mini'
import { serializeInsightBasic, serializeTrendingInsight } from '../posthog/insight-serializers'
import { validationError } from './errors'
import { createdEmpty, ok, projectRoute } from './router'

const MY_LAST_VIEWED_COUNT = 5
const DEFAULT_TRENDING_DAYS = 7
const DEFAULT_TRENDING_LIMIT = 10
const MAX_TRENDING_LIMIT = 100
const TRENDING_VIEWERS = 3
const DAY_MS = 86_400_000
/** `INSIGHT_VIEWED_MAX_IDS`: at most this many ids per `viewed` request. */
const INSIGHT_VIEWED_MAX_IDS = 2500

/** `InsightViewedRequestSerializer`: a non-empty list of integer ids, at most 2500. */
const insightViewedRequestSchema = z.object({
  insight_ids: z
    .array(z.int())
    .check(
      z.minLength(1, 'This list may not be empty.'),
      z.maxLength(INSIGHT_VIEWED_MAX_IDS, `Ensure this field has no more than ${INSIGHT_VIEWED_MAX_IDS} elements.`),
    ),
})

/** Python's `int()` of a query parameter: optional sign and surrounding spaces, digits only. */
function pythonInt(value: string | null, fallback: number): number | null {
  if (value === null) return fallback
  return /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : null
}

export const insightViewHandlers = [
  /**
   * `InsightViewSet.viewed`: records the views and answers 201 with no body. An action without `parser_classes` of its
   * own parses with its viewset's, `InsightViewSet`'s `QuerySchemaParser` (a `JSONParser`): a non-JSON body is 415.
   */
  projectRoute(
    'POST',
    'insights/viewed',
    'insight:read',
    async (context) => {
      const { insight_ids: ids } = await context.body(insightViewedRequestSchema)
      const now = context.store.nowIso()
      for (const id of new Set(ids)) {
        const insight = context.store.insight(id)
        // Like PostHog, ids of other projects or deleted insights are ignored rather than rejected.
        if (insight && insight.project_id === context.project.id && !insight.deleted)
          context.store.recordView(insight.id, context.user.id, now)
      }
      context.store.commit()
      return createdEmpty()
    },
    { jsonOnly: true },
  ),

  /** `InsightViewSet.my_last_viewed`: a bare list of this user's 5 latest views, each with when they viewed it. */
  projectRoute(
    'GET',
    'insights/my_last_viewed',
    'insight:read',
    (context) => {
      const { store, user, project } = context
      const viewed = [...store.lastViewed(user.id).entries()]
        .map(([id, at]) => ({ insight: store.insight(id), at }))
        .filter((row) => row.insight && row.insight.project_id === project.id && !row.insight.deleted)
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, MY_LAST_VIEWED_COUNT)
      return ok(
        viewed.flatMap(({ insight, at }) => (insight ? [serializeInsightBasic(store, insight, { lastViewedAt: at })] : [])),
      )
    },
    { csv: true },
  ),

  /**
   * `InsightViewSet.trending`: insights ranked by how many people viewed them in the last `days` (an `InsightViewed`
   * row per person and insight, counted when its latest view is in the window), then by last edit; `limit` 10 by
   * default, at most 100. Not paged: the envelope's `count` is the number of rows sent, `next` and `previous` null.
   */
  projectRoute(
    'GET',
    'insights/trending',
    'insight:read',
    (context) => {
      const { store, project } = context
      const days = pythonInt(context.url.searchParams.get('days'), DEFAULT_TRENDING_DAYS)
      const limit = pythonInt(context.url.searchParams.get('limit'), DEFAULT_TRENDING_LIMIT)
      if (days === null || limit === null) throw validationError(null, 'days and limit must be valid integers')
      const since = new Date(store.now().getTime() - days * DAY_MS).toISOString()
      // The latest view of each person per insight: PostHog keeps one `InsightViewed` row per (user, insight).
      const latest = new Map<number, Map<number, string>>()
      for (const view of store.db.views) {
        const byUser = latest.get(view.insight_id) ?? new Map<number, string>()
        const previous = byUser.get(view.user_id)
        if (!previous || previous < view.viewed_at) byUser.set(view.user_id, view.viewed_at)
        latest.set(view.insight_id, byUser)
      }
      const ranked = [...latest.entries()].flatMap(([id, byUser]) => {
        const insight = store.insight(id)
        if (!insight || insight.project_id !== project.id || insight.deleted) return []
        const recent = [...byUser.entries()].filter(([, at]) => at >= since).sort((a, b) => (a[1] < b[1] ? 1 : -1))
        const lastViewedAt = [...byUser.values()].sort().at(-1)
        if (recent.length === 0 || !lastViewedAt) return []
        return [{ insight, recent, lastViewedAt }]
      })
      ranked.sort(
        (a, b) =>
          b.recent.length - a.recent.length ||
          (a.insight.last_modified_at < b.insight.last_modified_at
            ? 1
            : a.insight.last_modified_at > b.insight.last_modified_at
              ? -1
              : 0) ||
          b.insight.id - a.insight.id,
      )
      const results = ranked.slice(0, Math.max(0, Math.min(limit, MAX_TRENDING_LIMIT))).map(({ insight, recent, lastViewedAt }) =>
        serializeTrendingInsight(store, insight, {
          lastViewedAt,
          viewCount: recent.length,
          viewerIds: recent.slice(0, TRENDING_VIEWERS).map(([userId]) => userId),
        }),
      )
      return ok({ count: results.length, next: null, previous: null, results })
    },
    { csv: true },
  ),
]
