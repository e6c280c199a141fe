import { serializeInsightBasic, serializeThreshold, serializeUser } from '../store/serialize'
import { validationError } from './errors'
import { paginate } from './lookups'
import { ok, projectRoute } from './router'

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
        return [
          {
            id: threshold.id,
            name: threshold.name,
            enabled: true,
            state: 'Not firing',
            created_at: threshold.created_at,
            created_by: serializeUser(store, insight.created_by),
            insight: serializeInsightBasic(store, insight, context.user.id),
            threshold: serializeThreshold(threshold),
            condition: { type: threshold.configuration.type === 'absolute' ? 'absolute_value' : 'relative_increase' },
            calculation_interval: 'daily',
            subscribed_users: [],
            last_checked_at: null,
          },
        ]
      })
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
    return ok(paginate(context, alerts))
  }),
]
