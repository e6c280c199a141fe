import type { MockStore } from '../store/store'
import type { MockDashboard } from '../store/types'
import { postHogSerializer } from './inventory'

/**
 * `DashboardBasicSerializer` in posthog/api/dashboards/dashboard.py: what `GET dashboards/` sends for each dashboard
 * (`DashboardsViewSet.get_serializer_class` answers the list with it; a single dashboard gets the much larger
 * `DashboardSerializer` with tiles, which the mock does not serve).
 */
export const dashboardBasicSerializer = postHogSerializer({
  source: 'posthog/api/dashboards/dashboard.py',
  className: 'DashboardBasicSerializer',
  fields: [
    'id',
    'name',
    'description',
    'pinned',
    'created_at',
    'created_by',
    'last_accessed_at',
    'is_shared',
    'deleted',
    'creation_mode',
    'tags',
    'restriction_level',
    'effective_restriction_level',
    'effective_privilege_level',
    'user_access_level',
    'access_control_version',
    'last_refresh',
    'team_id',
  ],
  // `Dashboard.name`, `created_by`, `last_accessed_at`, `last_refresh` are `null=True`; `user_access_level` is None
  // when access control does not apply.
  nullable: ['name', 'created_by', 'last_accessed_at', 'last_refresh', 'user_access_level'],
})

type DashboardBasicField = (typeof dashboardBasicSerializer.fields)[number]
/** One answer row: exactly the serializer's fields (an extra or missing key fails type-checking). */
export type DashboardBasicAnswer = Record<DashboardBasicField, unknown>

/** `Dashboard.RestrictionLevel.EVERYONE_IN_PROJECT_CAN_EDIT` and `Dashboard.PrivilegeLevel.CAN_EDIT` (posthog/models/dashboard.py). */
const EVERYONE_IN_PROJECT_CAN_EDIT = 21
const CAN_EDIT = 37

/**
 * The seed keeps only a dashboard's id, project and name; the rest is what PostHog stores for a dashboard made by hand
 * that nobody opened, shared, pinned or restricted: `creation_mode` "default", no creator on record (the model allows
 * null), created when its first insight was.
 */
export function serializeDashboardBasic(store: MockStore, dashboard: MockDashboard): DashboardBasicAnswer {
  const firstInsight = store.db.insights
    .filter((insight) => insight.dashboards.includes(dashboard.id))
    .map((insight) => insight.created_at)
    .sort()[0]
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: '',
    pinned: false,
    created_at: firstInsight ?? store.now().toISOString(),
    created_by: null,
    last_accessed_at: null,
    is_shared: false,
    deleted: false,
    creation_mode: 'default',
    tags: [],
    restriction_level: EVERYONE_IN_PROJECT_CAN_EDIT,
    effective_restriction_level: EVERYONE_IN_PROJECT_CAN_EDIT,
    effective_privilege_level: CAN_EDIT,
    user_access_level: 'editor',
    access_control_version: 'v2',
    last_refresh: null,
    team_id: dashboard.project_id,
  }
}
