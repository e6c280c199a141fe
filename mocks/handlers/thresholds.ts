import { serializeThreshold } from '../store/serialize'
import { notFound } from './errors'
import { paginate, requireInsight } from './lookups'
import { ok, projectRoute } from './router'

export const thresholdHandlers = [
  projectRoute('GET', 'insights/:id/thresholds', 'alert:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const thresholds = context.store.db.thresholds
      .filter((threshold) => threshold.insight_id === insight.id)
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
      .map(serializeThreshold)
    return ok(paginate(context, thresholds))
  }),

  projectRoute('GET', 'insights/:id/thresholds/:thresholdId', 'alert:read', (context) => {
    const insight = requireInsight(context, context.params.id)
    const threshold = context.store.db.thresholds.find(
      (entry) => entry.insight_id === insight.id && entry.id === context.params.thresholdId,
    )
    if (!threshold) throw notFound()
    return ok(serializeThreshold(threshold))
  }),
]
