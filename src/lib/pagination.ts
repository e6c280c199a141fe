/** 10000 → "10,000", as en-US writes a whole number. Not `toLocaleString`: its first call loads Intl's locale data,
 * which would hold up the list's first paint (see relative-time.ts). */
function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',')
}

/** "1–50 of 612": the rows a page shows, in words; an empty list reads "0 of 0". */
export function pageRangeLabel(page: number, pageSize: number, count: number): string {
  if (count === 0) return '0 of 0'
  const first = Math.min((page - 1) * pageSize + 1, count)
  const last = Math.min(page * pageSize, count)
  return `${thousands(first)}–${thousands(last)} of ${thousands(count)}`
}

export function pageCount(pageSize: number, count: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

export type PageLink = number | 'gap'

/**
 * The page numbers worth a link: first, last, and `around` pages either side of the current one, with a gap where
 * pages are skipped — so a list of 200 pages still fits a phone.
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
  const pages = new Set<number>([1, total])
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= total) pages.add(page)
  const sorted = [...pages].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && page - previous === 2) links.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) links.push('gap')
    links.push(page)
  })
  return links
}
