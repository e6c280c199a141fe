/*
 * Knobs of the mock that are not data: who is calling (browser session or API key), how slow answers are, and
 * which requests should fail. The browser worker, the HTTP server and tests set them; handlers never read them.
 */

export type MockAuthMode = 'session' | 'api-key'

export interface MockApiKey {
  userId: number
  /** PostHog scope strings: `*` (everything), `*:read`, or `resource:action`. */
  scopes: readonly string[]
  /** The PostHog this key plays, when it is not the newest one with every paid feature. */
  instance?: MockInstance
}

/** What an older or cheaper PostHog lacks, so the app's "unavailable here" paths can be seen against the mock. */
export interface MockInstance {
  /** Endpoints (route paths as the handlers declare them) this older version has not got: they answer 404. */
  missingEndpoints: readonly string[]
  /** Paid features this organization's plan lacks (PostHog's `AvailableFeature` names), each with the endpoints it gates: 402. */
  missingFeatures: readonly { feature: string; endpoints: readonly string[] }[]
}

/** The demo personal API keys the HTTP mock server accepts. */
export const MOCK_API_KEYS: Readonly<Record<string, MockApiKey>> = {
  phx_demo_full: { userId: 1, scopes: ['*'] },
  phx_demo_readonly: { userId: 1, scopes: ['*:read'] },
  // A key made with a few scopes only: sharing, alerts and activity answer 403 naming the missing scope.
  phx_demo_limited: {
    userId: 1,
    scopes: ['insight:write', 'project:read', 'user:read', 'dashboard:read', 'element:read', 'organization_member:read'],
  },
  // An older self-hosted PostHog on the free plan: no trending, alerts or dashboards list yet, and no paid tagging.
  phx_demo_legacy: {
    userId: 1,
    scopes: ['*'],
    instance: {
      missingEndpoints: [
        'insights/trending',
        'alerts',
        'insights/:id/thresholds',
        'insights/:id/thresholds/:thresholdId',
        'dashboards',
      ],
      missingFeatures: [{ feature: 'tagging', endpoints: ['tags'] }],
    },
  },
}

export interface MockFailure {
  status: number
  detail: string
  /** Fails only requests whose path (below `/api/`) contains this text or matches this pattern. */
  path: string | RegExp | null
  remaining: number
}

/** How a chaos-struck request fails: a 500 answer, no answer at all (hangs), or a dropped connection. */
export type ChaosMode = 'error' | 'timeout' | 'drop'
const chaosModes: readonly ChaosMode[] = ['error', 'timeout', 'drop']

/** The failure drill: a share of all requests fails in one of `modes`, and every answer is slower by `extraLatency`. */
export interface MockChaos {
  /** 0–1: the share of requests that fail. */
  failureRate: number
  modes: readonly ChaosMode[]
  /** Milliseconds added to every answer. */
  extraLatency: number
  /** With a seed, the n-th attempt at the same method and URL always meets the same fate, whatever else runs at once. */
  seed: number | null
}

export interface ChaosStats {
  requests: number
  failed: number
}

interface Runtime {
  authMode: MockAuthMode
  latency: readonly [number, number]
  failures: MockFailure[]
  chaos: MockChaos | null
  chaosAttempts: Map<string, number>
  chaosStats: ChaosStats
}

const runtime: Runtime = {
  authMode: 'session',
  latency: [0, 0],
  failures: [],
  chaos: null,
  chaosAttempts: new Map(),
  chaosStats: { requests: 0, failed: 0 },
}

/** `session`: a logged-in user with every scope (the browser). `api-key`: a Bearer personal API key is required. */
export function setMockAuthMode(mode: MockAuthMode): void {
  runtime.authMode = mode
}

export function getMockAuthMode(): MockAuthMode {
  return runtime.authMode
}

/** A fixed delay in ms, or a [min, max] range each answer picks from. */
export function setMockLatency(latency: number | readonly [number, number]): void {
  runtime.latency = typeof latency === 'number' ? [latency, latency] : latency
}

export function mockLatency(): number {
  const [min, max] = runtime.latency
  return max <= min ? min : min + Math.random() * (max - min)
}

/** Makes the next `times` matching requests fail with `status` (500 by default): for error and retry states. */
export function injectMockFailure(
  options: { status?: number; times?: number; path?: string | RegExp; detail?: string } = {},
): void {
  runtime.failures.push({
    status: options.status ?? 500,
    detail: options.detail ?? 'A server error occurred.',
    path: options.path ?? null,
    remaining: options.times ?? 1,
  })
}

export function clearMockFailures(): void {
  runtime.failures = []
}

/** Takes one pending failure that applies to this path, if any. */
export function takeMockFailure(path: string): MockFailure | null {
  const failure = runtime.failures.find(
    (candidate) =>
      candidate.remaining > 0 &&
      (candidate.path === null ||
        (typeof candidate.path === 'string' ? path.includes(candidate.path) : candidate.path.test(path))),
  )
  if (!failure) return null
  failure.remaining -= 1
  runtime.failures = runtime.failures.filter((candidate) => candidate.remaining > 0)
  return failure
}

/** Reads a chaos config from untrusted input (storage, a URL), clamping every field; `null` when it is off or unreadable. */
export function normalizeMockChaos(input: unknown): MockChaos | null {
  if (typeof input !== 'object' || input === null) return null
  const value = input as Record<string, unknown>
  const rate = Number(value.failureRate)
  const latency = Number(value.extraLatency ?? 0)
  const modes = Array.isArray(value.modes) ? chaosModes.filter((mode) => (value.modes as unknown[]).includes(mode)) : chaosModes
  const seed = value.seed === null || value.seed === undefined || value.seed === '' ? null : Number(value.seed)
  const chaos: MockChaos = {
    failureRate: Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0,
    modes,
    extraLatency: Number.isFinite(latency) ? Math.min(60_000, Math.max(0, Math.round(latency))) : 0,
    seed: seed !== null && Number.isSafeInteger(seed) ? seed : null,
  }
  const failing = chaos.failureRate > 0 && chaos.modes.length > 0
  return failing || chaos.extraLatency > 0 ? chaos : null
}

/** Switches the failure drill on (or off with `null`); the counters and the seeded sequence start over. */
export function setMockChaos(chaos: MockChaos | null): void {
  runtime.chaos = chaos ? normalizeMockChaos(chaos) : null
  runtime.chaosAttempts = new Map()
  runtime.chaosStats = { requests: 0, failed: 0 }
}

export function getMockChaos(): MockChaos | null {
  return runtime.chaos
}

export function getMockChaosStats(): ChaosStats {
  return { ...runtime.chaosStats }
}

/** A number in [0, 1) from a string (FNV-1a, then a murmur-style finish), so a seeded drill needs no shared sequence. */
function hashToUnit(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return (hash >>> 0) / 2 ** 32
}

/**
 * What the drill does to one request: its extra latency and how it fails (`null`: it goes through). Keyed by method and
 * URL and counted per key, so concurrent requests cannot change each other's fate in a seeded run.
 */
export function takeChaos(method: string, url: string): { latency: number; failure: ChaosMode | null } {
  const chaos = runtime.chaos
  if (!chaos) return { latency: 0, failure: null }
  runtime.chaosStats.requests += 1
  let roll = Math.random()
  let pick = Math.random()
  if (chaos.seed !== null) {
    const key = `${method} ${url}`
    const attempt = runtime.chaosAttempts.get(key) ?? 0
    runtime.chaosAttempts.set(key, attempt + 1)
    roll = hashToUnit(`${chaos.seed}|${key}|${attempt}`)
    pick = hashToUnit(`${chaos.seed}|${key}|${attempt}|mode`)
  }
  const failure = roll < chaos.failureRate ? (chaos.modes[Math.floor(pick * chaos.modes.length)] ?? null) : null
  if (failure) runtime.chaosStats.failed += 1
  return { latency: chaos.extraLatency, failure }
}

/** Back to the defaults (session auth, no latency, no failures, no chaos): tests call this between cases. */
export function resetMockRuntime(): void {
  runtime.authMode = 'session'
  runtime.latency = [0, 0]
  runtime.failures = []
  setMockChaos(null)
}

/** PostHog's `APIScopePermission`: `*` grants all, and a `:write` scope also grants its `:read` (posthog/permissions.py). */
export function hasScope(granted: readonly string[], required: string): boolean {
  const [object, action] = required.split(':')
  const accepted = [required, ...(action === 'read' ? [`${object}:write`] : [])]
  return granted.some((scope) => scope === '*' || accepted.includes(scope) || (action !== undefined && scope === `*:${action}`))
}
