export const BENCH_API_KEY = 'phx_demo_full'

/** Settings for a page of the built app in API mode against its own origin, which the bench's static host (static-host.ts) passes to the mock. */
export const sameOriginApiSettings = `(() => {
  localStorage.setItem('insight-desk:connection', JSON.stringify({ state: { mode: 'api', host: '', projectId: '1', pathFamily: 'projects', rememberKey: false }, version: 1 }))
  sessionStorage.setItem('insight-desk:api-key', '${BENCH_API_KEY}')
})()`

/** API mode against the HTTP mock server's own origin (another port: a cross-origin request with CORS, as to PostHog). */
export const crossOriginApiSettings = (apiOrigin: string) => `(() => {
  localStorage.setItem('insight-desk:connection', JSON.stringify({ state: { mode: 'api', host: ${JSON.stringify(apiOrigin)}, projectId: '1', pathFamily: 'projects', rememberKey: false }, version: 1 }))
  sessionStorage.setItem('insight-desk:api-key', '${BENCH_API_KEY}')
})()`

/** Demo mode (the in-browser mock), without the simulated network latency, so it measures the app and its mock. */
export const zeroLatencyDemoSettings = `localStorage.setItem('insight-desk:mock-latency', '0')`
