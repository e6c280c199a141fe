import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMockServerProcess, type MockServerProcess } from '../../mocks/server-process'

/*
 * A client written against PostHog's API, not ours: it knows only what PostHog publishes. It talks to the HTTP mock
 * server with plain `fetch`, as https://posthog.com/docs/api tells API users to (a personal API key, JSON bodies,
 * `/api/projects/:project_id/insights/`, `next` URLs for paging, `PATCH {deleted: true}` to delete), and imports
 * nothing of the app (src/) or of the mock's handlers and serializers: every expectation below comes from PostHog's
 * source (PostHog/posthog), named beside it. The mock server is only started from this repository, the way a user
 * starts it (`tsx mocks/server.ts --port 0`).
 */

const KEY = 'phx_demo_full'
const PROJECT = 1

/** `InsightSerializer.Meta.fields` (products/product_analytics/backend/api/insight.py), less the write-only
 * `_create_in_folder` and `search_match_type` (sent only for a `search`, `SearchMatchTypeSerializerMixin`), plus
 * `filters_hash`, which `to_representation` adds. */
const INSIGHT_FIELDS = [
  'id',
  'short_id',
  'name',
  'derived_name',
  'filters',
  'query',
  'order',
  'deleted',
  'dashboards',
  'dashboard_tiles',
  'last_refresh',
  'cache_target_age',
  'next_allowed_client_refresh',
  'result',
  'hasMore',
  'columns',
  'created_at',
  'created_by',
  'description',
  'updated_at',
  'tags',
  'favorited',
  'saved',
  'last_modified_at',
  'last_modified_by',
  'is_sample',
  'effective_restriction_level',
  'effective_privilege_level',
  'user_access_level',
  'timezone',
  'is_cached',
  'query_status',
  'hogql',
  'types',
  'resolved_date_range',
  'alerts',
  'last_viewed_at',
  'filters_hash',
].sort()

/** `InsightBasicSerializer.Meta.fields` (same file), for `?basic=true`, less `search_match_type`. */
const INSIGHT_BASIC_FIELDS = [
  'id',
  'short_id',
  'name',
  'derived_name',
  'filters',
  'query',
  'dashboards',
  'dashboard_tiles',
  'description',
  'last_refresh',
  'refreshing',
  'saved',
  'tags',
  'updated_at',
  'created_by',
  'created_at',
  'last_modified_at',
  'favorited',
  'user_access_level',
  'last_viewed_at',
].sort()

/** `UserBasicSerializer.Meta.fields` (posthog/api/shared.py): `created_by` and `last_modified_by`. */
const USER_BASIC_FIELDS = [
  'id',
  'uuid',
  'distinct_id',
  'first_name',
  'last_name',
  'email',
  'is_email_verified',
  'hedgehog_config',
  'role_at_organization',
].sort()

/** The parts of PostHog's `InsightModel` (frontend/src/types.ts) this client reads. */
interface Insight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  description: string | null
  filters: Record<string, unknown>
  query: { kind: string; source?: { kind: string; series?: { event?: string | null }[] } } | null
  deleted: boolean
  tags: string[]
  last_modified_at: string
  created_by: { id: number; email: string } | null
}

/** DRF's `LimitOffsetPagination` page. */
interface Page<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}

interface Answer<T> {
  status: number
  contentType: string | null
  body: T
}

let server: MockServerProcess

beforeAll(async () => {
  server = await startMockServerProcess(45)
}, 60_000)

afterAll(() => server?.stop())

/** A relative path is read against `/api/projects/1/`; an absolute URL (a `next` link) is used as it is. */
function urlOf(path: string, family = 'projects'): string {
  return /^https?:\/\//.test(path) ? path : `${server.url}/api/${family}/${PROJECT}/${path}`
}

async function request<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; key?: string | null; family?: string } = {},
): Promise<Answer<T>> {
  const key = init.key === undefined ? KEY : init.key
  const response = await fetch(urlOf(path, init.family), {
    method: init.method ?? 'GET',
    headers: {
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (text === '' ? null : JSON.parse(text)) as T,
  }
}

/** Follows `next` from the first page to the last, as PostHog's docs page through a list. */
async function walk<T>(first: string): Promise<{ pages: Page<T>[]; results: T[] }> {
  const pages: Page<T>[] = []
  let next: string | null = first
  while (next !== null) {
    const answer: Answer<Page<T>> = await request<Page<T>>(next)
    expect(answer.status, next).toBe(200)
    pages.push(answer.body)
    next = answer.body.next
    expect(pages.length, 'paging never ends').toBeLessThan(100)
  }
  return { pages, results: pages.flatMap((page) => page.results) }
}

const trendsQuery = {
  kind: 'InsightVizNode',
  source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview', name: '$pageview', math: 'total' }] },
}

async function createInsight(body: Record<string, unknown>): Promise<Insight> {
  const answer = await request<Insight>('insights/', { method: 'POST', body })
  expect(answer.status).toBe(201)
  return answer.body
}

describe('an API client written from PostHog’s docs, against the HTTP mock server', { timeout: 30_000 }, () => {
  it('lists every insight by following absolute next URLs until null', async () => {
    const { pages, results } = await walk<Insight>(urlOf('insights/?limit=7'))
    const [first] = pages
    expect(first?.previous).toBeNull()
    expect(pages.length).toBeGreaterThan(2)
    // `LimitOffsetPagination.get_next_link` builds them with `request.build_absolute_uri()`.
    for (const page of pages.slice(0, -1))
      expect(page.next?.startsWith(`${server.url}/api/projects/${PROJECT}/insights/`)).toBe(true)
    expect(results).toHaveLength(first?.count ?? -1)
    expect(new Set(results.map((insight) => insight.id)).size).toBe(results.length)
    expect(results.every((insight) => !insight.deleted)).toBe(true)
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(INSIGHT_FIELDS)
  })

  it('pages as DRF’s LimitOffsetPagination does: 100 by default, bad values ignored, no maximum', async () => {
    const all = (await request<Page<Insight>>('insights/?basic=true')).body
    // PostHog's REST_FRAMEWORK PAGE_SIZE (posthog/settings/web.py) is 100; this server holds fewer.
    expect(all.results).toHaveLength(Math.min(all.count, 100))
    for (const bad of ['limit=0', 'limit=-5', 'limit=ten', 'offset=-1', 'offset=abc']) {
      const answer = await request<Page<Insight>>(`insights/?basic=true&${bad}`)
      expect(answer.status, bad).toBe(200)
      expect(
        answer.body.results.map((insight) => insight.id),
        bad,
      ).toEqual(all.results.map((insight) => insight.id))
    }
    expect((await request<Page<Insight>>('insights/?basic=true&limit=5000')).body.results).toHaveLength(all.count)
  })

  it('answers the basic form with ?basic=true, its fields InsightBasicSerializer’s', async () => {
    const answer = await request<Page<Insight>>('insights/?basic=true&limit=3')
    expect(answer.status).toBe(200)
    expect(answer.contentType).toMatch(/^application\/json/)
    for (const insight of answer.body.results) expect(Object.keys(insight).sort()).toEqual(INSIGHT_BASIC_FIELDS)
  })

  it('marks each row of a search as an exact or similar match (SearchMatchTypeSerializerMixin)', async () => {
    const [listed] = (await request<Page<Insight>>('insights/?limit=1')).body.results
    const word = /\w{4,}/.exec(listed?.name ?? listed?.derived_name ?? '')?.[0]
    if (!word) throw new Error('the first insight has no word to search for')
    const found = await request<Page<Insight & { search_match_type?: string }>>(`insights/?search=${word}&limit=100`)
    expect(found.body.results.map((insight) => insight.id)).toContain(listed?.id)
    for (const insight of found.body.results) expect(['exact', 'similar']).toContain(insight.search_match_type)
  })

  it('reads an insight by id and finds it with the short_id filter', async () => {
    const [listed] = (await request<Page<Insight>>('insights/?limit=1')).body.results
    if (!listed) throw new Error('the project has no insights')
    const byId = await request<Insight>(`insights/${listed.id}/`)
    expect(byId.status).toBe(200)
    expect(byId.body).toMatchObject({ id: listed.id, short_id: listed.short_id, name: listed.name })
    expect(Object.keys(byId.body).sort()).toEqual(INSIGHT_FIELDS)
    // `InsightViewSet.filterset_fields = ["short_id"]`.
    const byShortId = await request<Page<Insight>>(`insights/?short_id=${listed.short_id}`)
    expect(byShortId.body.count).toBe(1)
    expect(byShortId.body.results[0]?.id).toBe(listed.id)
    expect((await request<Page<Insight>>('insights/?short_id=nosuchid')).body).toEqual({
      count: 0,
      next: null,
      previous: null,
      results: [],
    })
  })

  it('creates an insight from a query: 201, with a short_id, the query kept and filters {}', async () => {
    const created = await createInsight({ name: 'Pageviews (independent client)', query: trendsQuery })
    expect(created).toMatchObject({ name: 'Pageviews (independent client)', deleted: false, tags: [] })
    expect(created.id).toEqual(expect.any(Number))
    // `generate_short_id` (posthog/utils.py): 8 characters.
    expect(created.short_id).toMatch(/^[A-Za-z0-9]{8}$/)
    // `InsightSerializer.to_representation`: `filters` is `{}` beside a query.
    expect(created.filters).toEqual({})
    expect(created.query).toMatchObject(trendsQuery)
    expect(created.created_by?.email).toEqual(expect.any(String))
    expect(Object.keys(created.created_by ?? {}).sort()).toEqual(USER_BASIC_FIELDS)
    const read = await request<Insight>(`insights/${created.id}/`)
    expect(read.body.query).toMatchObject(trendsQuery)
  })

  it('creates an insight the old way, from legacy filters, and keeps what they ask for', async () => {
    // `InsightSerializer` still writes `filters` (the model field); `validate` refuses them only behind the
    // `legacy-insight-filters-disabled` flag.
    const filters = { insight: 'TRENDS', events: [{ id: '$pageview', type: 'events', order: 0 }], interval: 'day' }
    const created = await createInsight({ name: 'Legacy pageviews', filters })
    expect(created.name).toBe('Legacy pageviews')
    // PostHog answers the filters either as sent (older versions, `query: null`) or turned into the query they stand
    // for (`Insight.query_from_filters`, with `filters: {}`): either way the $pageview series is there.
    const eventsAsked =
      created.query === null
        ? (created.filters.events as { id: string }[]).map((event) => event.id)
        : (created.query.source?.series ?? []).map((series) => series.event)
    expect(eventsAsked).toEqual(['$pageview'])
    if (created.query === null) expect(created.filters).toMatchObject({ insight: 'TRENDS' })
    else expect(created.query.source?.kind).toBe('TrendsQuery')
    expect((await request<Insight>(`insights/${created.short_id}/`)).status).toBe(200)
  })

  it('renames with PATCH', async () => {
    const created = await createInsight({ name: 'Before rename', query: trendsQuery })
    const renamed = await request<Insight>(`insights/${created.id}/`, { method: 'PATCH', body: { name: 'After rename' } })
    expect(renamed.status).toBe(200)
    expect(renamed.body.name).toBe('After rename')
    // `name` is one of `Insight.MATERIAL_INSIGHT_FIELDS`: the edit moves `last_modified_at`.
    expect(Date.parse(renamed.body.last_modified_at)).toBeGreaterThanOrEqual(Date.parse(created.last_modified_at))
    expect((await request<Insight>(`insights/${created.id}/`)).body.name).toBe('After rename')
  })

  it('soft-deletes with PATCH {deleted: true}: then 404 and gone from the list; {deleted: false} restores', async () => {
    const created = await createInsight({ name: 'To be deleted', query: trendsQuery })
    const deleted = await request<Insight>(`insights/${created.id}/`, { method: 'PATCH', body: { deleted: true } })
    expect(deleted.status).toBe(200)
    expect(deleted.body.deleted).toBe(true)
    const gone = await request<unknown>(`insights/${created.id}/`)
    expect(gone.status).toBe(404)
    // drf-exceptions-hog's shape for DRF's NotFound.
    expect(gone.body).toEqual({ type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null })
    expect((await request<Page<Insight>>(`insights/?short_id=${created.short_id}`)).body.count).toBe(0)
    const { results } = await walk<Insight>(urlOf('insights/?limit=50'))
    expect(results.map((insight) => insight.id)).not.toContain(created.id)
    // `InsightViewSet.dangerously_get_queryset` keeps deleted insights for a PATCH that sends `deleted: false`.
    const restored = await request<Insight>(`insights/${created.id}/`, { method: 'PATCH', body: { deleted: false } })
    expect(restored.status).toBe(200)
    expect((await request<Insight>(`insights/${created.id}/`)).status).toBe(200)
  })

  it('cannot hard-delete: DELETE answers 405 with no body (ForbidDestroyModel)', async () => {
    const created = await createInsight({ name: 'Not hard-deletable', query: trendsQuery })
    const refused = await request<null>(`insights/${created.id}/`, { method: 'DELETE' })
    expect(refused.status).toBe(405)
    expect(refused.body).toBeNull()
    expect((await request<Insight>(`insights/${created.id}/`)).status).toBe(200)
  })

  it('takes URLs without the trailing slash (DefaultRouterPlusPlus: trailing_slash = r"/?")', async () => {
    const list = await request<Page<Insight>>('insights?limit=2')
    expect(list.status).toBe(200)
    const [first] = list.body.results
    expect((await request<Insight>(`insights/${first?.id}`)).body.id).toBe(first?.id)
    const created = await request<Insight>('insights', { method: 'POST', body: { name: 'No slash', query: trendsQuery } })
    expect(created.status).toBe(201)
    const patched = await request<Insight>(`insights/${created.body.id}`, { method: 'PATCH', body: { name: 'Still no slash' } })
    expect(patched.body.name).toBe('Still no slash')
  })

  it('serves the same insights under /api/environments/:id/', async () => {
    const projects = await request<Page<Insight>>('insights/?limit=5')
    const environments = await request<Page<Insight>>('insights/?limit=5', { family: 'environments' })
    expect(environments.status).toBe(200)
    expect(environments.body.results.map((insight) => insight.id)).toEqual(projects.body.results.map((insight) => insight.id))
    const created = await request<Insight>('insights/', {
      method: 'POST',
      family: 'environments',
      body: { name: 'Made under environments', query: trendsQuery },
    })
    expect(created.status).toBe(201)
    expect((await request<Insight>(`insights/${created.body.id}/`)).body.name).toBe('Made under environments')
  })

  it('reads the personal API key from the header, the JSON body or the query string (PersonalAPIKeyAuthentication)', async () => {
    const byQuery = await request<Page<Insight>>(`insights/?limit=1&personal_api_key=${KEY}`, { key: null })
    expect(byQuery.status).toBe(200)
    // The next link keeps the query string, key included, so it works as it is.
    expect(byQuery.body.next).toContain(`personal_api_key=${KEY}`)
    expect((await request<Page<Insight>>(byQuery.body.next ?? '', { key: null })).status).toBe(200)
    const byBody = await request<Insight>('insights/', {
      method: 'POST',
      key: null,
      body: { name: 'Key in the body', query: trendsQuery, personal_api_key: KEY },
    })
    expect(byBody.status).toBe(201)
    expect(byBody.body.name).toBe('Key in the body')
    const badQueryKey = await request<{ detail: string }>('insights/?personal_api_key=phx_wrong', { key: null })
    expect(badQueryKey.status).toBe(401)
    expect(badQueryKey.body.detail).toBe('Personal API key found in request query string is invalid.')
  })

  it('answers 401 without a key or with a wrong one, and 403 naming the scope a read-only key lacks', async () => {
    const none = await request<{ type: string; code: string }>('insights/', { key: null })
    expect(none.status).toBe(401)
    expect(none.body).toMatchObject({ type: 'authentication_error', code: 'not_authenticated' })
    const wrong = await request<{ detail: string }>('insights/', { key: 'phx_wrong' })
    expect(wrong.status).toBe(401)
    expect(wrong.body.detail).toBe('Personal API key found in request Authorization header is invalid.')
    const readOnly = await request<{ detail: string }>('insights/', {
      method: 'POST',
      key: 'phx_demo_readonly',
      body: { name: 'x', query: trendsQuery },
    })
    expect(readOnly.status).toBe(403)
    // `APIScopePermission` (posthog/permissions.py).
    expect(readOnly.body.detail).toBe("API key missing required scope 'insight:write'")
  })

  it('refuses a body that is not JSON with 415, as `curl -d` without a Content-Type sends it (JSONParser only)', async () => {
    const refused = await request<{ code: string; detail: string }>('insights/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: { name: 'Not JSON' },
    })
    expect(refused.status).toBe(415)
    expect(refused.body).toMatchObject({
      code: 'unsupported_media_type',
      detail: 'Unsupported media type "application/x-www-form-urlencoded" in request.',
    })
  })

  it('reads JSON sent as application/json; charset=utf-8, non-ASCII included', async () => {
    const name = 'Umsätze je Woche — 売上'
    const created = await request<Insight>('insights/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { name, query: trendsQuery },
    })
    expect(created.status).toBe(201)
    expect(created.body.name).toBe(name)
    const renamed = await request<Insight>(`insights/${created.body.id}/`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { name: `${name} (2)` },
    })
    expect(renamed.body.name).toBe(`${name} (2)`)
  })
})
