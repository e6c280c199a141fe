import { serializeAlert } from '../posthog/alert-serializers'
import type { MockStore } from '../store/store'
import type { MockInsight } from '../store/types'
import { validationError } from './errors'
import { paginate } from './lookups'
import { ok, projectRoute } from './router'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function integerFilter(value: string | null, name: string): number | null {
  if (value === null) return null
  if (!/^\d+$/.test(value)) throw validationError(name, 'A valid integer is required.')
  return Number(value)
}

/*
 * `AlertViewSet.list` (products/alerts/backend/api/alert.py): newest first, DRF's limit/offset page. `insight` and
 * `insight_id` narrow to one insight, `created_by` to a creator's UUID (400 when it is not one). Alerts on insights the
 * caller cannot see (here: soft-deleted ones) are left out, as `safely_get_queryset` does.
 */
export const alertHandlers = [
  projectRoute('GET', 'alerts', 'alert:read', (context) => {
    const { store, project, url } = context
    const insightId = integerFilter(url.searchParams.get('insight'), 'insight')
    const insightIdAlias = integerFilter(url.searchParams.get('insight_id'), 'insight_id')
    const createdBy = url.searchParams.get('created_by')
    if (createdBy && !UUID.test(createdBy)) throw validationError('created_by', 'Not a valid UUID.')
    const creatorId = createdBy ? (store.db.users.find((user) => user.uuid === createdBy)?.id ?? -1) : null
    const alerts = store.db.alerts
      .filter((alert) => {
        const insight = store.insight(alert.insight_id)
        if (!insight || insight.deleted || alert.project_id !== project.id) return false
        if (insightId !== null && alert.insight_id !== insightId) return false
        if (insightIdAlias !== null && alert.insight_id !== insightIdAlias) return false
        return creatorId === null || alert.created_by === creatorId
      })
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
    // Paged first, then serialized: each alert nests its insight, which costs only for the rows sent.
    const page = paginate(context, alerts)
    return ok({ ...page, results: page.results.flatMap((alert) => serializeAlert(store, alert) ?? []) })
  }),
]

/** The alerts watching an insight, for its `alerts` field (`InsightSerializer.get_alerts`). */
export function alertsOfInsight(store: MockStore, insight: MockInsight) {
  return store.db.alerts.filter((alert) => alert.insight_id === insight.id).flatMap((alert) => serializeAlert(store, alert) ?? [])
}
