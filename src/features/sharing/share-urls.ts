/*
 * The links a share hands out. They point at this app's public viewer (`/shared/:token`), which renders the share the
 * way an outside viewer sees it; the embed variant adds `?embedded=true` so the viewer drops its page chrome.
 */

export function sharedInsightUrl(origin: string, accessToken: string): string {
  return `${origin.replace(/\/+$/, '')}/shared/${encodeURIComponent(accessToken)}`
}

export function embeddedInsightUrl(origin: string, accessToken: string): string {
  return `${sharedInsightUrl(origin, accessToken)}?embedded=true`
}

/** Escapes the characters that would end or break out of a double-quoted HTML attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The `<iframe>` snippet to paste into another site. The insight's name becomes the frame's `title` (screen readers
 * announce frames by it), escaped because names are user-written text.
 */
export function embedCode(origin: string, accessToken: string, title: string): string {
  const src = escapeAttribute(embeddedInsightUrl(origin, accessToken))
  return `<iframe width="100%" height="400" frameborder="0" allowfullscreen title="${escapeAttribute(title)}" src="${src}"></iframe>`
}
