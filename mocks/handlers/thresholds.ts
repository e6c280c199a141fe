import { serializeThresholdWithAlerts } from '../posthog/alert-serializers'
import { notFound } from './errors'
import { paginate, requireInsight } from './lookups'
import { ok, projectRoute } from './router'

/*
 * `ThresholdViewSet` (products/alerts/backend/api/alert.py), a read-only viewset registered below an insight
 * (`insights/:insight_id/thresholds/`): each threshold with the alerts that use it (`ThresholdWithAlertSerializer`).
 */
export const thresholdHandlers = [
  projectRoute('GET', 'insights/:id/thresholds', 'alert:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const thresholds = context.store.db.thresholds
      .filter((threshold) => threshold.insight_id === insight.id)
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
    const page = paginate(context, thresholds)
    return ok({
      ...page,
      results: page.results.map((threshold) => serializeThresholdWithAlerts(context.store, threshold)),
    })
  }),

  projectRoute('GET', 'insights/:id/thresholds/:thresholdId', 'alert:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const threshold = context.store.db.thresholds.find(
      (entry) => entry.insight_id === insight.id && entry.id === context.params.thresholdId,
    )
    if (!threshold) throw notFound()
    return ok(serializeThresholdWithAlerts(context.store, threshold))
  }),
]
