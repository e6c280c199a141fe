export const BENCH_API_KEY = 'phx_demo_full'

/** Settings for a page of the built app in API mode against its own origin, which `vite preview` proxies to the mock. */
export const sameOriginApiSettings = `(() => {
  localStorage.setItem('insight-desk:connection', JSON.stringify({ state: { mode: 'api', host: '', projectId: '1', pathFamily: 'projects', rememberKey: false }, version: 1 }))
  sessionStorage.setItem('insight-desk:api-key', '${BENCH_API_KEY}')
})()`
