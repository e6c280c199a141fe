import { formatAbsoluteTime, formatRelativeTime } from '@/lib/relative-time'

/** A relative time ("3 days ago") with the exact moment on hover and in the `datetime` attribute. */
export function TimeAgo({ iso, fallback = '—' }: { iso: string | null | undefined; fallback?: string }) {
  // slate-600: a list row's selected (blue) background leaves slate-500 under 4.5:1.
  if (!iso) return <span className="text-slate-600 dark:text-slate-400">{fallback}</span>
  const absolute = formatAbsoluteTime(iso)
  return (
    <time dateTime={iso} title={absolute} className="whitespace-nowrap">
      {formatRelativeTime(iso) || absolute}
    </time>
  )
}
