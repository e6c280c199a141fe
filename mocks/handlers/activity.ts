import { serializeActivity, type ActivityLogAnswer } from '../posthog/activity-serializers'
import type { MockActivity } from '../store/types'
import { validationError } from './errors'
import { integerParam, requireInsight } from './lookups'
import { ok, projectRoute, type ProjectContext } from './router'

/** `activity_page_response` (posthog/models/activity_logging/activity_page.py): `total_count`, not DRF's `count`. */
interface ActivityPageAnswer {
  results: ActivityLogAnswer[]
  next: string | null
  previous: string | null
  total_count: number
}

/** PostHog's activity endpoints page 10 entries at a time by default, with a 1-based `page`. */
const DEFAULT_ACTIVITY_LIMIT = 10
const MAX_ACTIVITY_LIMIT = 100

/**
 * `limit` and `page` as `ActivityPaginationParamsSerializer` reads them (`IntegerField(min_value=1)`, beside
 * `activity_page_response`): not an integer is 400 "A valid integer is required.", below 1 a 400 `min_value`.
 */
function positiveParam(context: ProjectContext, name: string, fallback: number): number {
  const value = context.url.searchParams.get(name)
  if (value !== null && /^\s*-\d+\s*$/.test(value))
    throw validationError(name, 'Ensure this value is greater than or equal to 1.', 'min_value')
  const parsed = integerParam(context, name, fallback)
  if (parsed < 1) throw validationError(name, 'Ensure this value is greater than or equal to 1.', 'min_value')
  return parsed
}

function activityPage(context: ProjectContext, entries: readonly MockActivity[]): ActivityPageAnswer {
  const limit = Math.min(MAX_ACTIVITY_LIMIT, positiveParam(context, 'limit', DEFAULT_ACTIVITY_LIMIT))
  const page = positiveParam(context, 'page', 1)
  const newestFirst = [...entries].reverse()
  const start = (page - 1) * limit
  return {
    results: newestFirst.slice(start, start + limit).map((entry) => serializeActivity(context.store, entry)),
    next: start + limit < newestFirst.length ? context.pageUrl({ limit, page: page + 1 }) : null,
    previous: page > 1 ? context.pageUrl({ limit, page: page - 1 }) : null,
    total_count: newestFirst.length,
  }
}

export const activityHandlers = [
  projectRoute(
    'GET',
    'insights/activity',
    'activity_log:read',
    (context) =>
      ok(
        activityPage(
          context,
          context.store.db.activity.filter((entry) => entry.project_id === context.project.id),
        ),
      ),
    { csv: true },
  ),
  projectRoute(
    'GET',
    'insights/:id/activity',
    'activity_log:read',
    (context) => {
      // The audit trail outlives a soft delete: it is how one finds out who deleted the insight.
      const insight = requireInsight(context, context.params.id, { allowDeleted: true })
      const itemId = String(insight.id)
      return ok(
        activityPage(
          context,
          context.store.db.activity.filter((entry) => entry.project_id === context.project.id && entry.item_id === itemId),
        ),
      )
    },
    { csv: true },
  ),
]
