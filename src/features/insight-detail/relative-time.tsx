/*
 * The wording of date-fns' `formatDistanceToNowStrict(date, { addSuffix: true })` and the `PPpp` title of `format`, which
 * this page used before: written out here so the detail route carries no date library (5.7 KB gzip). The test keeps
 * the two equal to date-fns' answers.
 */
const MINUTE_MS = 60_000
const MINUTES_IN_DAY = 1_440
const MINUTES_IN_MONTH = 43_200
const MINUTES_IN_YEAR = 525_600

/** The local time zone's offset at `date`, to the second, as date-fns computes it. */
function timezoneOffsetMs(date: Date): number {
  const utc = new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ),
  )
  utc.setUTCFullYear(date.getFullYear())
  return date.getTime() - utc.getTime()
}

const round = (value: number) => Math.round(value) || 0

/** "3 days ago", "in 1 hour", "0 seconds ago": one unit, rounded; days and longer counted across DST changes. */
export function formatDistanceToNow(date: Date, now: Date = new Date()): string {
  const future = date.getTime() > now.getTime()
  const [later, earlier] = future ? [now, date] : [date, now]
  const milliseconds = earlier.getTime() - later.getTime()
  const minutes = milliseconds / MINUTE_MS
  const calendarMinutes = (milliseconds - (timezoneOffsetMs(earlier) - timezoneOffsetMs(later))) / MINUTE_MS
  let count: number
  let unit: string
  if (minutes < 1) [count, unit] = [round(milliseconds / 1000), 'second']
  else if (minutes < 60) [count, unit] = [round(minutes), 'minute']
  else if (minutes < MINUTES_IN_DAY) [count, unit] = [round(minutes / 60), 'hour']
  else if (calendarMinutes < MINUTES_IN_MONTH) [count, unit] = [round(calendarMinutes / MINUTES_IN_DAY), 'day']
  else if (calendarMinutes < MINUTES_IN_YEAR) {
    const months = round(calendarMinutes / MINUTES_IN_MONTH)
    ;[count, unit] = months === 12 ? [1, 'year'] : [months, 'month']
  } else [count, unit] = [round(calendarMinutes / MINUTES_IN_YEAR), 'year']
  const text = `${count} ${unit}${count === 1 ? '' : 's'}`
  return future ? `in ${text}` : `${text} ago`
}

const exactFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' })

/** "Mar 8, 2026, 2:05:09 PM". */
export const formatExactTime = (date: Date): string => exactFormat.format(date)

/** "3 days ago", with the exact moment in `datetime` and on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return <span>{iso}</span>
  return (
    <time dateTime={iso} title={formatExactTime(date)} className="whitespace-nowrap">
      {formatDistanceToNow(date)}
    </time>
  )
}
