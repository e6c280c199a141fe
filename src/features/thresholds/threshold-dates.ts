const createdDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })

/** "Apr 23, 2025"; an unreadable date shows as a dash rather than "Invalid Date". */
export function formatCreatedDate(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? '—' : createdDate.format(time)
}
