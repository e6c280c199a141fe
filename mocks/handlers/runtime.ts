/*
 * Knobs of the mock that are not data: who is calling (browser session or API key), how slow answers are, and
 * which requests should fail. The browser worker, the HTTP server and tests set them; handlers never read them.
 */

export type MockAuthMode = 'session' | 'api-key'

export interface MockApiKey {
  userId: number
  /** PostHog scope strings: `*` (everything), `*:read`, or `resource:action`. */
  scopes: readonly string[]
}

/** The demo personal API keys the HTTP mock server accepts. */
export const MOCK_API_KEYS: Readonly<Record<string, MockApiKey>> = {
  phx_demo_full: { userId: 1, scopes: ['*'] },
  phx_demo_readonly: { userId: 1, scopes: ['*:read'] },
}

export interface MockFailure {
  status: number
  detail: string
  /** Fails only requests whose path (below `/api/`) contains this text or matches this pattern. */
  path: string | RegExp | null
  remaining: number
}

interface Runtime {
  authMode: MockAuthMode
  latency: readonly [number, number]
  failures: MockFailure[]
}

const runtime: Runtime = { authMode: 'session', latency: [0, 0], failures: [] }

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

/** Back to the defaults (session auth, no latency, no failures): tests call this between cases. */
export function resetMockRuntime(): void {
  runtime.authMode = 'session'
  runtime.latency = [0, 0]
  runtime.failures = []
}

export function hasScope(granted: readonly string[], required: string): boolean {
  const action = required.split(':')[1]
  return granted.some((scope) => scope === '*' || scope === required || (action !== undefined && scope === `*:${action}`))
}
