import { format, formatDistanceToNowStrict } from 'date-fns'

/** "3 days ago", with the exact moment in `datetime` and on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return <span>{iso}</span>
  return (
    <time dateTime={iso} title={format(date, 'PPpp')} className="whitespace-nowrap">
      {formatDistanceToNowStrict(date, { addSuffix: true })}
    </time>
  )
}
