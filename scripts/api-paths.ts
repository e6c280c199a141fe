/*
 * What a host serving the app passes on to PostHog: `/api/…`, and the public viewer's data, `/shared/:token.json` and
 * `/embedded/:token.json`, which PostHog serves outside `/api/`. Only `.json`: the app's own `/shared/:token` viewer
 * route stays the app's. Shared by the dev server's proxy (vite.config.ts) and the bench's static host.
 */
export const PUBLIC_VIEWER_DATA_PATH = '^/(?:shared|embedded)/[^/?]+\\.json(?:\\?.*)?$'

const proxied = new RegExp(`^/api/|${PUBLIC_VIEWER_DATA_PATH}`)

/** Whether a request's path (with its query) belongs to PostHog rather than to the app. */
export function isApiPath(url: string): boolean {
  return proxied.test(url)
}
