/**
 * Stands in for `tldts` in the browser build (vite.config.ts). MSW's cookie store asks tough-cookie, which asks tldts,
 * for a host's registrable domain, and tldts carries the whole public suffix list: 257 KB, nearly half the demo's mock
 * chunk, parsed on every demo start. The demo mock neither sets nor reads a cookie (its session is the page; a key goes
 * in a header), so its cookie jar stays empty and a host's last two labels are as good an answer as the list's.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '')
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return null
  return host.split('.').slice(-2).join('.')
}
