import { insightViewedRequestSchema, type TrendingInsight } from '@/api/schemas/insight'
import { serializeInsightBasic, serializeUser } from '../store/serialize'
import type { UserBasic } from '@/api/schemas/user'
import { validationError } from './errors'
import { integerParam, paginate } from './lookups'
import { emptyOk, ok, projectRoute } from './router'

const MY_LAST_VIEWED_COUNT = 5
const DEFAULT_TRENDING_DAYS = 7
const RECENT_VIEWERS = 3
const DAY_MS = 86_400_000

export const insightViewHandlers = [
  projectRoute('POST', 'insights/viewed', 'insight:read', async (context) => {
    const { insight_ids: ids } = await context.body(insightViewedRequestSchema)
    const now = context.store.nowIso()
    for (const id of new Set(ids)) {
      const insight = context.store.insight(id)
      // Like PostHog, ids of other projects or deleted insights are ignored rather than rejected.
      if (insight && insight.project_id === context.project.id && !insight.deleted)
        context.store.recordView(insight.id, context.user.id, now)
    }
    context.store.commit()
    return emptyOk()
  }),

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
      // PostHog's `my_last_viewed` sets each insight's `last_viewed_at` to this user's own view (InsightViewSet.my_last_viewed).
      return ok(
        viewed.flatMap(({ insight, at }) =>
          insight ? [{ ...serializeInsightBasic(store, insight, user.id), last_viewed_at: at }] : [],
        ),
      )
    },
    { csv: true },
  ),

  projectRoute(
    'GET',
    'insights/trending',
    'insight:read',
    (context) => {
      const { store, user, project } = context
      const days = integerParam(context, 'days', DEFAULT_TRENDING_DAYS)
      if (days < 1) throw validationError('days', 'Ensure this value is greater than or equal to 1.', 'min_value')
      const since = new Date(store.now().getTime() - days * DAY_MS).toISOString()
      const stats = new Map<number, { count: number; latest: string; viewers: Map<number, string> }>()
      for (const view of store.db.views) {
        if (view.viewed_at < since) continue
        const entry = stats.get(view.insight_id) ?? { count: 0, latest: '', viewers: new Map<number, string>() }
        entry.count += 1
        if (view.viewed_at > entry.latest) entry.latest = view.viewed_at
        const previous = entry.viewers.get(view.user_id)
        if (!previous || previous < view.viewed_at) entry.viewers.set(view.user_id, view.viewed_at)
        stats.set(view.insight_id, entry)
      }
      const ranked: TrendingInsight[] = []
      const ordered = [...stats.entries()].sort(
        ([idA, a], [idB, b]) => b.count - a.count || (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0) || idB - idA,
      )
      for (const [id, entry] of ordered) {
        const insight = store.insight(id)
        if (!insight || insight.project_id !== project.id || insight.deleted) continue
        const recentViewers = [...entry.viewers.entries()]
          .sort((a, b) => (a[1] < b[1] ? 1 : -1))
          .slice(0, RECENT_VIEWERS)
          .map(([viewerId]) => serializeUser(store, viewerId))
          .filter((viewer): viewer is UserBasic => viewer !== null)
        ranked.push({ ...serializeInsightBasic(store, insight, user.id), view_count: entry.count, recent_viewers: recentViewers })
      }
      return ok(paginate(context, ranked))
    },
    { csv: true },
  ),
]
