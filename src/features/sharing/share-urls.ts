import { devProxyTarget, type ConnectionSettings } from '@/stores/connection-store'

/*
 * The links a share hands out. Against a PostHog (API mode) they are PostHog's own public pages on its host, as
 * PostHog's sharing modal hands them out (`siteUrl + urls.shared(token)`, `urls.embedded(token)`: `/shared/:token` and
 * `/embedded/:token`, frontend/src/scenes/urls.ts): the people receiving a link do not have this app. In demo mode
 * (the in-browser mock, no host) they point at this app's own viewer, `/shared/:token`, whose embed variant adds
 * `?embedded=true`. This app's viewer stays reachable in both modes as a preview.
 */

export interface ShareLinks {
  /** The public link to hand out. */
  link: string
  /** The embed code's `<iframe>` source. */
  embedSrc: string
  /** This app's viewer of the share, to check what a visitor sees. */
  preview: string
  /** Whose page `link` opens: the PostHog host's, or this app's (demo mode). */
  servedBy: 'posthog' | 'app'
}

const trimmed = (origin: string) => origin.replace(/\/+$/, '')

/** This app's public viewer of a share. */
export function sharedInsightUrl(origin: string, accessToken: string): string {
  return `${trimmed(origin)}/shared/${encodeURIComponent(accessToken)}`
}

/** The PostHog host links go to: the saved host, or the dev proxy's target when the app reaches PostHog through it. */
function postHogHost(connection: ConnectionSettings): string {
  return connection.mode === 'api' ? connection.host || devProxyTarget : ''
}

/** The links for one share: PostHog's pages on its host in API mode, this app's viewer in demo mode. */
export function shareLinks(connection: ConnectionSettings, appOrigin: string, accessToken: string): ShareLinks {
  const preview = sharedInsightUrl(appOrigin, accessToken)
  const host = postHogHost(connection)
  if (!host) return { link: preview, embedSrc: `${preview}?embedded=true`, preview, servedBy: 'app' }
  return {
    link: sharedInsightUrl(host, accessToken),
    embedSrc: `${trimmed(host)}/embedded/${encodeURIComponent(accessToken)}`,
    preview,
    servedBy: 'posthog',
  }
}

/** Escapes the characters that would end or break out of a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The `<iframe>` snippet to paste into another site. The insight's name becomes the frame's `title` (screen readers
 * announce frames by it), escaped because names are user-written text.
 */
export function embedCode(src: string, title: string): string {
  return `<iframe width="100%" height="400" frameborder="0" allowfullscreen title="${escapeAttribute(title)}" src="${escapeAttribute(src)}"></iframe>`
}
