/**
 * A tag's chip colours, derived from its name so the same tag looks the same on every page and after a reload.
 * Each pair keeps AA contrast (≥ 4.5:1) in both themes: a -100 background with -900 text in light, and a -900/60
 * background with -100 text in dark. Full class names are listed so Tailwind's scanner keeps them.
 */
const TAG_PALETTE = [
  'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  'bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100',
  'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  'bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100',
  'bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100',
  'bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
  'bg-lime-100 text-lime-900 dark:bg-lime-900/60 dark:text-lime-100',
  'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-900/60 dark:text-fuchsia-100',
] as const

/** FNV-1a: a tiny stable string hash; only its spread across the palette matters. */
function hashName(name: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Tailwind classes for a tag chip's background and text. Case-insensitive, because PostHog lower-cases tags. */
export function tagColorClasses(tag: string): string {
  return TAG_PALETTE[hashName(tag.trim().toLowerCase()) % TAG_PALETTE.length] ?? TAG_PALETTE[0]
}
