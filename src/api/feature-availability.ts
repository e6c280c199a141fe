import { ApiError } from './http'
import { NOT_ON_DASHBOARD_FEATURE, probeNotOnDashboard } from './insight-capabilities'
import type { UnavailableReason } from '@/stores/compatibility-store'
import type { ConnectionSettings } from '@/stores/connection-store'

/**
 * The PostHog features the app reads, each with the endpoint that proves it works. One table serves two purposes:
 * Settings' "Check compatibility" probes each `probe` path (GET only), and a card whose request failed looks up here
 * which feature it was, so it can say what is unavailable instead of showing an error.
 */
export interface FeatureEndpoint {
  id: string
  /** What a person calls it, and where the app uses it. */
  name: string
  /** The personal API key scope PostHog asks for on a GET (`APIScopePermission`); `null`: none it documents. */
  scope: string | null
  /** Path of a read-only probe below the project (`projects/:id/`), or below `/api/` when `projectScoped` is false. */
  probe: string
  projectScoped: boolean
  /**
   * The probe names an insight that cannot exist (id 0), so no result is computed: a 404 that is not PostHog's
   * "Endpoint not found." proves the endpoint is there and the key may read it.
   */
  probeAnswersNotFound?: boolean
  /** Matches a request path below the project (or below `/api/`) that belongs to this feature. */
  match: RegExp
  /**
   * For a filter of the insight list rather than an endpoint: whether this PostHog applies it. PostHog ignores
   * parameters it does not read, so `probe` answering proves nothing; this compares counts instead.
   */
  detectFilter?: (connection: ConnectionSettings, signal: AbortSignal) => Promise<boolean>
}

export const FEATURE_ENDPOINTS: readonly FeatureEndpoint[] = [
  { id: 'project', name: 'Project', scope: 'project:read', probe: '', projectScoped: true, match: /^$/ },
  { id: 'user', name: 'Your user', scope: 'user:read', probe: 'users/@me/', projectScoped: false, match: /^users\/@me\/$/ },
  {
    id: 'insights',
    name: 'Insights: list, detail and editing',
    scope: 'insight:read',
    probe: 'insights/?limit=1&basic=true',
    projectScoped: true,
    match: /^insights\/([^/]+\/)?$/,
  },
  {
    id: 'trending',
    name: 'Home: trending insights',
    scope: 'insight:read',
    probe: 'insights/trending/?limit=1',
    projectScoped: true,
    match: /^insights\/trending\/$/,
  },
  {
    id: 'recently-viewed',
    name: 'Home: recently viewed',
    scope: 'insight:read',
    probe: 'insights/my_last_viewed/',
    projectScoped: true,
    match: /^insights\/my_last_viewed\/$/,
  },
  {
    id: 'activity',
    name: 'Activity: project feed and insight history',
    scope: 'activity_log:read',
    probe: 'insights/activity/?limit=1',
    projectScoped: true,
    match: /^insights\/([^/]+\/)?activity\/$/,
  },
  {
    id: 'sharing',
    name: 'Sharing: public links and passwords',
    scope: 'sharing_configuration:read',
    probe: 'insights/0/sharing/',
    projectScoped: true,
    probeAnswersNotFound: true,
    match: /^insights\/[^/]+\/sharing\//,
  },
  {
    id: 'alerts',
    name: 'Alerts: bells in the insights list',
    scope: 'alert:read',
    probe: 'alerts/?limit=1',
    projectScoped: true,
    match: /^alerts\//,
  },
  {
    id: 'thresholds',
    name: 'Thresholds of an insight',
    scope: 'alert:read',
    probe: 'insights/0/thresholds/',
    projectScoped: true,
    probeAnswersNotFound: true,
    match: /^insights\/[^/]+\/thresholds\//,
  },
  {
    id: 'elements',
    name: 'Elements and click summary',
    scope: 'element:read',
    probe: 'elements/?limit=1',
    projectScoped: true,
    match: /^elements\//,
  },
  { id: 'tags', name: 'Tags: picker and tag manager', scope: null, probe: 'tags/', projectScoped: true, match: /^tags\/$/ },
  {
    id: 'dashboards',
    name: 'Insights list: "On dashboards" filter',
    scope: 'dashboard:read',
    probe: 'dashboards/?limit=1',
    projectScoped: true,
    match: /^dashboards\//,
  },
  {
    id: NOT_ON_DASHBOARD_FEATURE,
    name: 'Clean-up: PostHog lists the insights on no dashboard (not_on_dashboard)',
    scope: 'insight:read',
    probe: 'insights/?limit=1&basic=true&not_on_dashboard=true',
    projectScoped: true,
    // Its requests are insight list requests: a failure of one is the list's.
    match: /(?!)/,
    detectFilter: (connection, signal) => probeNotOnDashboard(connection.projectId, signal, connection),
  },
  {
    id: 'members',
    name: 'Filters by author (organization members)',
    scope: 'organization_member:read',
    probe: 'organizations/@current/members/?limit=1',
    projectScoped: false,
    match: /^organizations\/@current\/members\/$/,
  },
]

/** The feature a request path (below `/api/`) belongs to, if the table knows it. */
export function featureOfPath(path: string | null): FeatureEndpoint | null {
  if (path === null) return null
  const bare = path.split('?')[0] ?? ''
  const inProject = /^(?:projects|environments)\/[^/]+\/(.*)$/.exec(bare)
  const rest = inProject ? (inProject[1] ?? '') : bare
  const matching = FEATURE_ENDPOINTS.filter((feature) => feature.projectScoped === Boolean(inProject) && feature.match.test(rest))
  // `insights/trending/` also looks like an insight's own path: the named action wins.
  return matching.find((feature) => feature.id !== 'insights') ?? matching[0] ?? null
}

export type { UnavailableReason }

export interface Unavailable {
  reason: UnavailableReason
  title: string
  message: string
  /** The scope the key lacks, when PostHog named it. */
  scope: string | null
}

/** PostHog's `APIScopePermission` message (posthog/permissions.py). */
const MISSING_SCOPE = /API key missing required scope '([^']+)'/
/** PostHog's `api_not_found` (posthog/api/__init__.py): a path this version does not route. */
const ENDPOINT_NOT_FOUND = 'Endpoint not found.'

/** 404 on one of these is the endpoint missing, not a record: they are collections that exist whenever the project does. */
const COLLECTIONS = new Set(['trending', 'recently-viewed', 'alerts', 'elements', 'tags', 'dashboards', 'members'])

/**
 * When a failure means "this PostHog, plan or key does not offer it" rather than "something broke", the words for it;
 * otherwise `null`. 402 is a plan without the feature, a 403 naming a scope is the key, another 403 is access control,
 * and a 404 is a missing endpoint when PostHog says so or the path is a collection.
 */
export function describeUnavailable(error: unknown): Unavailable | null {
  if (!(error instanceof ApiError) || error.type === 'invalid_response') return null
  const feature = featureOfPath(error.path)
  const what = feature?.name ?? 'This feature'
  if (error.status === 402) {
    const said = error.type === 'http_error' ? '' : ` PostHog says: ${error.detail}`
    return {
      reason: 'plan',
      title: `${what} is not in this organization's plan`,
      message: `It needs a paid plan or add-on on this PostHog.${said}`,
      scope: null,
    }
  }
  if (error.status === 403) {
    const scope = MISSING_SCOPE.exec(error.detail)?.[1] ?? null
    if (scope) {
      return {
        reason: 'scope',
        title: `${what} is not available with this API key`,
        message: `The personal API key lacks the scope ${scope}. In PostHog, add it to the key (Settings → Personal API keys) or create a key with it, then enter that key in Insight Desk's Settings.`,
        scope,
      }
    }
    return {
      reason: 'permission',
      title: `${what} is not available to you`,
      message: `PostHog refused access to it: ${error.detail}`,
      scope: null,
    }
  }
  if (error.status === 404 && (error.detail === ENDPOINT_NOT_FOUND || (feature !== null && COLLECTIONS.has(feature.id)))) {
    return {
      reason: 'version',
      title: `${what} is not available on this PostHog`,
      message: 'This PostHog has no endpoint for it, most likely because it is an older version. Updating PostHog adds it.',
      scope: null,
    }
  }
  return null
}
