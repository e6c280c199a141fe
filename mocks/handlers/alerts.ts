import { serializeInsightBasic } from '../posthog/insight-serializers'
import { serializeUserBasic } from '../posthog/user-serializers'
import { serializeThreshold } from '../store/serialize'
import type { MockStore } from '../store/store'
import type { MockInsight, MockThreshold } from '../store/types'
import { validationError } from './errors'
import { paginate } from './lookups'
import { ok, projectRoute } from './router'

/** One alert as the list sends it; also the entries of a full insight's `alerts`. */
function serializeAlert(store: MockStore, threshold: MockThreshold, insight: MockInsight) {
  return {
    id: threshold.id,
    name: threshold.name,
    enabled: true,
    state: 'Not firing',
    created_at: threshold.created_at,
    created_by: serializeUserBasic(store, insight.created_by),
    insight: serializeInsightBasic(store, insight, { lastViewedAt: null }),
    threshold: serializeThreshold(threshold),
    condition: { type: threshold.configuration.type === 'absolute' ? 'absolute_value' : 'relative_increase' },
    calculation_interval: 'daily',
    subscribed_users: [],
    last_checked_at: null,
  }
}

/** The alerts watching an insight, for its `alerts` field (`InsightSerializer.get_alerts`). */
export function alertsOfInsight(store: MockStore, insight: MockInsight) {
  return store.db.thresholds
    .filter((threshold) => threshold.insight_id === insight.id)
    .map((threshold) => serializeAlert(store, threshold, insight))
}

/*
 * PostHog's `AlertViewSet` (list only): the mock keeps one alert per threshold, so an alert and its threshold share an
 * id here. `?insight=<id>` filters as PostHog's `safely_get_queryset` does; alerts of soft-deleted insights are hidden.
 */
export const alertHandlers = [
  projectRoute('GET', 'alerts', 'alert:read', (context) => {
    const { store, project } = context
    const insightParam = context.url.searchParams.get('insight')
    const insightId = insightParam === null ? null : Number(insightParam)
    if (insightId !== null && !Number.isInteger(insightId)) throw validationError('insight', 'A valid integer is required.')
    const alerts = store.db.thresholds
      .flatMap((threshold) => {
        const insight = store.insight(threshold.insight_id)
        if (!insight || insight.deleted || insight.project_id !== project.id) return []
        if (insightId !== null && insight.id !== insightId) return []
        return [serializeAlert(store, threshold, insight)]
      })
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
    return ok(paginate(context, alerts))
  }),
]
