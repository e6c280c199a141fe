import { describeError } from '@/api/error-message'
import { FEATURE_ENDPOINTS, describeUnavailable, type FeatureEndpoint } from '@/api/feature-availability'
import { ApiError, apiSend, projectPath } from '@/api/http'
import { fetchProject } from '@/api/projects'
import { fetchCurrentUser } from '@/api/users'
import type { FeatureCheck } from '@/stores/compatibility-store'
import type { ConnectionSettings } from '@/stores/connection-store'

/** One probe is given this long; a PostHog that does not answer one endpoint should not hold up the whole report. */
const PROBE_TIMEOUT_MS = 8_000

/** What a probe's outcome means for its feature: works, unavailable here (and why), or failed for another reason. */
function classifyProbe(feature: FeatureEndpoint, outcome: unknown, timeoutMs = PROBE_TIMEOUT_MS): FeatureCheck {
  const base = { id: feature.id, name: feature.name }
  if (outcome === null) return { ...base, state: 'works', reason: null, detail: 'Works' }
  if (isFeatureCheck(outcome)) return outcome
  // The probe asked about an insight that cannot exist: "Not found." means the endpoint answered as it should.
  if (
    feature.probeAnswersNotFound &&
    outcome instanceof ApiError &&
    outcome.status === 404 &&
    describeUnavailable(outcome) === null
  ) {
    return { ...base, state: 'works', reason: null, detail: 'Works' }
  }
  const unavailable = describeUnavailable(outcome)
  if (unavailable) {
    return { ...base, state: 'unavailable', reason: unavailable.reason, detail: `${unavailable.title}. ${unavailable.message}` }
  }
  // The probe's own time limit (AbortSignal.timeout); any realm's DOMException, so matched by name.
  if (outcome instanceof Error && outcome.name === 'TimeoutError') {
    const seconds = Math.max(1, Math.round(timeoutMs / 1000))
    return { ...base, state: 'failed', reason: null, detail: `No answer within ${seconds} second${seconds === 1 ? '' : 's'}.` }
  }
  const { title, message } = describeError(outcome)
  return { ...base, state: 'failed', reason: null, detail: `${title}: ${message}` }
}

function probePath(feature: FeatureEndpoint, connection: ConnectionSettings): string {
  return feature.projectScoped ? projectPath(feature.probe, connection) : feature.probe
}

function isFeatureCheck(outcome: unknown): outcome is FeatureCheck {
  return typeof outcome === 'object' && outcome !== null && 'state' in outcome && 'detail' in outcome
}

/** A list filter this PostHog ignores: the list answers, but not filtered. */
function filterMissing(feature: FeatureEndpoint): FeatureCheck {
  const asked = new URLSearchParams(feature.probe.split('?')[1])
  asked.delete('limit')
  asked.delete('basic')
  return {
    id: feature.id,
    name: feature.name,
    state: 'unavailable',
    reason: 'version',
    detail: `Asked for ${asked.toString()}, this PostHog answers the whole insight list: it has no such filter (PostHog ignores parameters it does not know). The app works the answer out itself instead.`,
  }
}

async function probe(feature: FeatureEndpoint, connection: ConnectionSettings, signal: AbortSignal): Promise<unknown> {
  if (feature.detectFilter) {
    return feature.detectFilter(connection, signal).then(
      (found) => (found ? null : filterMissing(feature)),
      (error: unknown) => error,
    )
  }
  const [path = '', query = ''] = probePath(feature, connection).split('?')
  const request = { method: 'GET' as const, path, query: Object.fromEntries(new URLSearchParams(query)), connection, signal }
  return apiSend(request).then(
    () => null,
    (error: unknown) => error,
  )
}

export interface CompatibilityOutcome {
  /** "Connected as … to project …", when both answered. */
  summary: string | null
  /** Set when the host or key failed as a whole (unreachable, key refused): no feature could be judged. */
  connectionError: unknown
  checks: FeatureCheck[]
}

/**
 * Asks the host about every feature at once, GET requests only (a check must never change anything), each with its
 * own time limit. The user and project probes are read in full, to say who is connected to which project.
 */
export async function checkCompatibility(
  connection: ConnectionSettings,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<CompatibilityOutcome> {
  const settle = <T>(promise: Promise<T>) =>
    promise.then(
      (value) => ({ value, error: null }),
      (error: unknown) => ({ value: null, error }),
    )
  const [user, project, ...outcomes] = await Promise.all([
    settle(fetchCurrentUser(connection, AbortSignal.timeout(timeoutMs))),
    settle(fetchProject(connection.projectId, connection, AbortSignal.timeout(timeoutMs))),
    ...FEATURE_ENDPOINTS.map((feature) =>
      feature.id === 'user' || feature.id === 'project'
        ? Promise.resolve(null)
        : probe(feature, connection, AbortSignal.timeout(timeoutMs)),
    ),
  ])
  const checks = FEATURE_ENDPOINTS.map((feature, index) => {
    if (feature.id === 'user') return classifyProbe(feature, user.error, timeoutMs)
    if (feature.id === 'project') return classifyProbe(feature, project.error, timeoutMs)
    return classifyProbe(feature, outcomes[index], timeoutMs)
  })
  const summary =
    user.value && project.value
      ? `Connected as ${user.value.first_name} ${user.value.last_name} (${user.value.email}) to project “${project.value.name}”.`
      : null
  const connectionError = user.error !== null && describeUnavailable(user.error) === null ? user.error : null
  return { summary, connectionError, checks }
}
