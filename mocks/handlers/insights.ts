import type { ActivityChange } from '@/api/schemas/activity'
import { insightCreateSchema, insightUpdateSchema, type InsightCreate } from '@/api/schemas/insight'
import { createRandom, randomToken } from '../store/prng'
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT, parseBoolean, parseInsightListParams, queryInsights } from '../store/query-insights'
import { deriveInsightName } from '../store/queries'
import { serializeInsight, serializeInsightBasic } from '../store/serialize'
import type { MockStore } from '../store/store'
import type { MockInsight } from '../store/types'
import { methodNotAllowed, validationError } from './errors'
import { normalizeTags, pageOf, requireInsight } from './lookups'
import { created, ok, projectRoute, type ProjectContext } from './router'

/**
 * Fields whose change counts as editing the insight (bumps `last_modified_*`); favoriting, viewing or tagging does not.
 * PostHog: `Insight.MATERIAL_INSIGHT_FIELDS = {"name", "description", "filters"}` (posthog/models/insight.py), read by
 * `InsightSerializer.update`; tags are not in it, and `bulk_update_tags` does not touch the stamps either.
 */
const MATERIAL_FIELDS = new Set<keyof InsightCreate>(['name', 'description', 'query', 'dashboards', 'derived_name'])
const TRACKED_FIELDS = [
  'name',
  'derived_name',
  'description',
  'query',
  'tags',
  'dashboards',
  'favorited',
  'saved',
  'order',
  'deleted',
] as const

/** PostHog refreshes on these `refresh` modes; `force_cache` (the default) answers the cached result. */
const REFRESHING_MODES = new Set([
  'blocking',
  'force_blocking',
  'async',
  'force_async',
  'lazy_async',
  'async_except_on_cache_miss',
])

// New short_ids only need to be unique, not reproducible; seeding from the clock keeps them apart across reloads.
const shortIdRandom = createRandom(Date.now() >>> 0)

function newShortId(store: MockStore): string {
  for (;;) {
    const candidate = randomToken(shortIdRandom, 8)
    if (!store.hasShortId(candidate)) return candidate
  }
}

function checkDashboards(context: ProjectContext, ids: readonly number[] | undefined): void {
  for (const id of ids ?? []) {
    if (!context.store.db.dashboards.some((dashboard) => dashboard.id === id && dashboard.project_id === context.project.id)) {
      throw validationError('dashboards', `Invalid pk "${id}" - object does not exist.`, 'does_not_exist')
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function listInsights(context: ProjectContext) {
  const parsed = parseInsightListParams(context.url.searchParams, context.store.now())
  if ('problem' in parsed) throw validationError(parsed.problem.attr, parsed.problem.detail)
  const { params } = parsed
  const { count, rows } = queryInsights(context.store, { projectId: context.project.id, userId: context.user.id }, params)
  const basic = parseBoolean(context.url.searchParams.get('basic') ?? '')
  const results = rows.map(({ insight, match }) =>
    basic
      ? serializeInsightBasic(context.store, insight, context.user.id, match)
      : serializeInsight(context.store, insight, context.user.id, match),
  )
  const limit = Math.min(MAX_LIST_LIMIT, Math.max(1, params.limit ?? DEFAULT_LIST_LIMIT))
  return ok(pageOf(context, results, count, limit, params.offset ?? 0))
}

function createInsight(context: ProjectContext, body: InsightCreate) {
  checkDashboards(context, body.dashboards)
  const { store, user, project } = context
  const now = store.nowIso()
  const name = body.name?.trim() ? body.name : null
  const query = body.query ?? null
  const insight: MockInsight = {
    id: store.nextId('insight'),
    project_id: project.id,
    short_id: newShortId(store),
    name,
    // The app shows derived_name for unnamed insights; PostHog's frontend sends it, other clients may not.
    derived_name: body.derived_name ?? (name ? null : deriveInsightName(query)),
    description: body.description ?? null,
    query,
    order: body.order ?? null,
    deleted: body.deleted ?? false,
    dashboards: [...new Set(body.dashboards ?? [])].sort((a, b) => a - b),
    tags: normalizeTags(body.tags ?? []),
    favorited: body.favorited ?? false,
    saved: body.saved ?? false,
    created_at: now,
    created_by: user.id,
    last_modified_at: now,
    last_modified_by: user.id,
    last_refresh: now,
    is_sample: false,
  }
  store.addInsight(insight)
  store.logActivity(insight, 'created', user.id, null)
  store.commit()
  return created(serializeInsight(store, insight, user.id))
}

function updateInsight(context: ProjectContext, insight: MockInsight, body: InsightCreate) {
  checkDashboards(context, body.dashboards)
  const { store, user } = context
  const next: Partial<MockInsight> = {}
  if (body.name !== undefined) next.name = body.name
  if (body.derived_name !== undefined) next.derived_name = body.derived_name
  if (body.description !== undefined) next.description = body.description
  if (body.query !== undefined) next.query = body.query
  if (body.order !== undefined) next.order = body.order
  if (body.deleted !== undefined) next.deleted = body.deleted
  if (body.dashboards !== undefined) next.dashboards = [...new Set(body.dashboards)].sort((a, b) => a - b)
  if (body.tags !== undefined) next.tags = normalizeTags(body.tags)
  if (body.favorited !== undefined) next.favorited = body.favorited
  if (body.saved !== undefined) next.saved = body.saved
  // InsightSerializer.update sets `is_sample = False` on every update: the user has altered the sample.
  insight.is_sample = false

  const changes: ActivityChange[] = []
  for (const field of TRACKED_FIELDS) {
    if (!(field in next) || sameValue(next[field], insight[field])) continue
    changes.push({ type: 'Insight', action: 'changed', field, before: insight[field], after: next[field] })
  }
  if (changes.length === 0) return ok(serializeInsight(store, insight, user.id))

  const material = changes.some((change) => MATERIAL_FIELDS.has(change.field as keyof InsightCreate))
  Object.assign(insight, next)
  const now = store.nowIso()
  if (material) {
    insight.last_modified_at = now
    insight.last_modified_by = user.id
  }
  if (changes.some((change) => change.field === 'query')) insight.last_refresh = now
  const deletion = changes.find((change) => change.field === 'deleted')
  const activity = deletion ? (deletion.after === true ? 'deleted' : 'restored') : 'updated'
  store.logActivity(insight, activity, user.id, changes)
  store.commit()
  return ok(serializeInsight(store, insight, user.id))
}

export const insightHandlers = [
  projectRoute('GET', 'insights', 'insight:read', listInsights, { csv: true }),
  projectRoute('POST', 'insights', 'insight:write', async (context) =>
    createInsight(context, await context.body(insightCreateSchema)),
  ),
  projectRoute(
    'GET',
    'insights/:id',
    'insight:read',
    (context) => {
      const insight = requireInsight(context, context.params.id)
      const refresh = context.url.searchParams.get('refresh')
      if (refresh && REFRESHING_MODES.has(refresh)) {
        insight.last_refresh = context.store.nowIso()
        context.store.commit()
        return ok({ ...serializeInsight(context.store, insight, context.user.id), is_cached: false })
      }
      return ok(serializeInsight(context.store, insight, context.user.id))
    },
    { csv: true },
  ),
  projectRoute('PATCH', 'insights/:id', 'insight:write', async (context) => {
    // Deleted insights stay reachable here so `PATCH {deleted: false}` can restore them.
    const insight = requireInsight(context, context.params.id, { allowDeleted: true })
    return updateInsight(context, insight, await context.body(insightUpdateSchema))
  }),
  projectRoute('DELETE', 'insights/:id', 'insight:write', (context) => {
    requireInsight(context, context.params.id, { allowDeleted: true })
    throw methodNotAllowed('DELETE', 'Hard delete of this model is not allowed. Use a patch API call to set "deleted" to true')
  }),
]
