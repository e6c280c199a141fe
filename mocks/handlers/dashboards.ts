import { serializeDashboardBasic } from '../posthog/dashboard-serializers'
import { paginate } from './lookups'
import { ok, projectRoute } from './router'

export const dashboardHandlers = [
  /*
   * `DashboardsViewSet.list` (posthog/api/dashboards/dashboard.py): the project's dashboards without the soft-deleted
   * ones, pinned first then by name (`order_by("-pinned", "name")`), narrowed by `tags` when given, paged by DRF's
   * limit/offset. It has no name search: clients search the names they fetched.
   */
  projectRoute('GET', 'dashboards', 'dashboard:read', (context) => {
    const tags = context.url.searchParams.getAll('tags')
    const dashboards = context.store.db.dashboards
      .filter((dashboard) => dashboard.project_id === context.project.id)
      // The seed gives dashboards no tags, so any tag filter matches none, as it would in PostHog.
      .filter(() => tags.length === 0)
      .map((dashboard) => serializeDashboardBasic(context.store, dashboard))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)))
    return ok(paginate(context, dashboards))
  }),
]
