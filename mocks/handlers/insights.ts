import { z } from 'zod/mini'
import { serializeInsight, serializeInsightBasic, type InsightAnswer } from '../posthog/insight-serializers'
import { createRandom, randomToken } from '../store/prng'
import { DEFAULT_LIST_LIMIT, parseBoolean, parseInsightListParams, queryInsights } from '../store/query-insights'
import { deriveInsightName } from '../store/queries'
import type { QueryNode } from '../store/insight-nodes'
import type { MockStore } from '../store/store'
import type { MockInsight } from '../store/types'
import { alertsOfInsight } from './alerts'
import { MockApiError, validationError } from './errors'
import { normalizeTags, pageOf, requireInsight } from './lookups'
import { created, ok, projectRoute, type ProjectContext } from './router'
import type { MockActivityChange } from '../posthog/activity-serializers'

/** `max_length` of `Insight.name`, `derived_name` and `description`, with DRF's message. */
const TEXT_MAX_LENGTH = 400
const text = z.nullable(
  z.string().check(z.maxLength(TEXT_MAX_LENGTH, `Ensure this field has no more than ${TEXT_MAX_LENGTH} characters.`)),
)

/**
 * What `InsightSerializer` lets a client write (its read-only fields and unknown keys are ignored, as DRF does). `query`
 * is any JSON object with a `kind` (`QueryFieldSerializer`; PostHog also checks it against its query schema) or null.
 */
const insightWriteSchema = z.object({
  name: z.optional(text),
  derived_name: z.optional(text),
  description: z.optional(text),
  query: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  filters: z.optional(z.record(z.string(), z.unknown())),
  order: z.optional(z.nullable(z.int())),
  deleted: z.optional(z.boolean()),
  dashboards: z.optional(z.array(z.int())),
  tags: z.optional(z.array(z.string())),
  favorited: z.optional(z.boolean()),
  saved: z.optional(z.boolean()),
})
type InsightWrite = z.output<typeof insightWriteSchema>

/**
 * `QuerySchemaParser` checks a non-empty query against PostHog's query schema while parsing the request, so a query
 * it cannot read answers a parse error naming no field. The mock checks the discriminator the schema starts from.
 */
function queryOf(body: InsightWrite): QueryNode | null | undefined {
  const { query } = body
  if (!query || Object.keys(query).length === 0) return query === undefined ? undefined : null
  if (typeof query.kind !== 'string') {
    throw new MockApiError(400, 'validation_error', 'parse_error', "Unable to extract tag using discriminator 'kind'")
  }
  return { ...query, kind: query.kind }
}

/**
 * Fields whose change counts as editing the insight (bumps `last_modified_*`); favoriting, viewing, tagging or moving it
 * between dashboards does not. PostHog: `Insight.MATERIAL_INSIGHT_FIELDS = {"name", "description", "filters"}`
 * (posthog/models/insight.py), read by `InsightSerializer.update`; `query` is today's form of `filters`, so it counts too.
 */
const MATERIAL_FIELDS = new Set<keyof InsightWrite>(['name', 'description', 'filters', 'query'])
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

/** A single insight as retrieve, create and update answer it: no view annotation, so `last_viewed_at` is None. */
function fullInsight(store: MockStore, insight: MockInsight, isCached = true): InsightAnswer {
  return serializeInsight(store, insight, { lastViewedAt: null, alerts: alertsOfInsight(store, insight), isCached })
}

function isBasic(context: ProjectContext): boolean {
  return parseBoolean(context.url.searchParams.get('basic') ?? '')
}

function listInsights(context: ProjectContext) {
  const parsed = parseInsightListParams(context.url.searchParams, context.store.now())
  if ('problem' in parsed) throw validationError(parsed.problem.attr, parsed.problem.detail)
  const { params } = parsed
  const { store } = context
  const { count, rows } = queryInsights(store, { projectId: context.project.id, userId: context.user.id }, params)
  const basic = isBasic(context)
  // The list annotates each insight with its latest view by anyone in the project.
  const viewed = store.lastViewedByAnyone()
  const results = rows.map(({ insight, match }) => {
    const view = { lastViewedAt: viewed.get(insight.id) ?? null, match }
    return basic
      ? serializeInsightBasic(store, insight, view)
      : serializeInsight(store, insight, { ...view, alerts: alertsOfInsight(store, insight) })
  })
  const limit = Math.max(1, params.limit ?? DEFAULT_LIST_LIMIT)
  return ok(pageOf(context, results, count, limit, params.offset ?? 0))
}

function createInsight(context: ProjectContext, body: InsightWrite) {
  checkDashboards(context, body.dashboards)
  const { store, user, project } = context
  const now = store.nowIso()
  const name = body.name?.trim() ? body.name : null
  const query = queryOf(body) ?? null
  const insight: MockInsight = {
    id: store.nextId('insight'),
    project_id: project.id,
    short_id: newShortId(store),
    name,
    // The app shows derived_name for unnamed insights; PostHog's frontend sends it, other clients may not.
    derived_name: body.derived_name ?? (name ? null : deriveInsightName(query)),
    description: body.description ?? null,
    query,
    ...(body.filters && !query ? { filters: body.filters } : {}),
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
    updated_at: now,
    is_sample: false,
  }
  store.addInsight(insight)
  // `InsightSerializer.create` records the creator's view of the new insight.
  store.recordView(insight.id, user.id, now)
  store.logActivity(insight, 'created', user.id, null)
  store.commit()
  return created(fullInsight(store, insight))
}

/**
 * `InsightSerializer.update` (products/product_analytics/backend/api/insight.py) on `deleted: true`: every dashboard
 * tile of the insight is soft-deleted and each of its alerts (`AlertConfiguration`) deleted; neither is logged as a
 * change. A restore (`deleted: false`) brings neither back: only a PATCH that also sends `dashboards` re-adds tiles.
 */
function removeFromDashboardsAndAlerts(store: MockStore, insight: MockInsight): void {
  insight.dashboards = []
  store.db.alerts = store.db.alerts.filter((alert) => alert.insight_id !== insight.id)
}

function updateInsight(context: ProjectContext, insight: MockInsight, body: InsightWrite) {
  checkDashboards(context, body.dashboards)
  const { store, user } = context
  const next: Partial<MockInsight> = {}
  if (body.name !== undefined) next.name = body.name
  if (body.derived_name !== undefined) next.derived_name = body.derived_name
  if (body.description !== undefined) next.description = body.description
  const query = queryOf(body)
  if (query !== undefined) next.query = query
  if (body.order !== undefined) next.order = body.order
  if (body.deleted !== undefined) next.deleted = body.deleted
  if (body.dashboards !== undefined) next.dashboards = [...new Set(body.dashboards)].sort((a, b) => a - b)
  if (body.tags !== undefined) next.tags = normalizeTags(body.tags)
  if (body.favorited !== undefined) next.favorited = body.favorited
  // `InsightSerializer.update` defaults `saved` to true on every update (older rows may hold false).
  next.saved = body.saved ?? true
  // InsightSerializer.update sets `is_sample = False` on every update: the user has altered the sample.
  insight.is_sample = false
  // `Insight.updated_at` is `auto_now`: every save moves it, even one that changes nothing.
  insight.updated_at = store.nowIso()

  const changes: MockActivityChange[] = []
  for (const field of TRACKED_FIELDS) {
    if (!(field in next) || sameValue(next[field], insight[field])) continue
    changes.push({ type: 'Insight', action: 'changed', field, before: insight[field], after: next[field] })
  }
  if (changes.length === 0) {
    store.commit()
    return ok(fullInsight(store, insight))
  }

  const material = changes.some((change) => MATERIAL_FIELDS.has(change.field as keyof InsightWrite))
  Object.assign(insight, next)
  const now = store.nowIso()
  if (material) {
    insight.last_modified_at = now
    insight.last_modified_by = user.id
  }
  if (changes.some((change) => change.field === 'query')) insight.last_refresh = now
  const deletion = changes.find((change) => change.field === 'deleted')
  if (deletion?.after === true) removeFromDashboardsAndAlerts(store, insight)
  const activity = deletion ? (deletion.after === true ? 'deleted' : 'restored') : 'updated'
  store.logActivity(insight, activity, user.id, changes)
  store.commit()
  return ok(fullInsight(store, insight))
}

export const insightHandlers = [
  projectRoute('GET', 'insights', 'insight:read', listInsights, { csv: true }),
  projectRoute(
    'POST',
    'insights',
    'insight:write',
    async (context) => createInsight(context, await context.body(insightWriteSchema)),
    { jsonOnly: true },
  ),
  projectRoute(
    'GET',
    'insights/:id',
    'insight:read',
    (context) => {
      const insight = requireInsight(context, context.params.id)
      // `?basic=true` picks `InsightBasicSerializer` for retrieve as for the list.
      if (isBasic(context)) return ok(serializeInsightBasic(context.store, insight, { lastViewedAt: null }))
      const refresh = context.url.searchParams.get('refresh')
      if (refresh && REFRESHING_MODES.has(refresh)) {
        insight.last_refresh = context.store.nowIso()
        context.store.commit()
        return ok(fullInsight(context.store, insight, false))
      }
      return ok(fullInsight(context.store, insight))
    },
    { csv: true },
  ),
  projectRoute(
    'PATCH',
    'insights/:id',
    'insight:write',
    async (context) => {
      const body = await context.body(insightWriteSchema)
      // A deleted insight is reachable only by the PATCH that restores it (`{deleted: false}`), as in PostHog's queryset.
      const insight = requireInsight(context, context.params.id, { allowDeleted: body.deleted === false })
      return updateInsight(context, insight, body)
    },
    { jsonOnly: true },
  ),
  // `ForbidDestroyModel.destroy` (posthog/api/forbid_destroy_model.py) is `Response(status=405)`: no body, and no lookup,
  // so any id answers alike once the key and project pass. "Hard delete … set "deleted" to true" is only its API docs.
  projectRoute('DELETE', 'insights/:id', 'insight:write', () => ({ status: 405 })),
]
