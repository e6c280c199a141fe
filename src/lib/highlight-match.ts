export interface TextSegment {
  text: string
  match: boolean
}

/**
 * Splits `text` into plain and matching parts for every case-insensitive occurrence of `term`, so the caller can wrap
 * matches in `<mark>` while the text itself stays text (never HTML).
 */
export function highlightSegments(text: string, term: string | undefined): TextSegment[] {
  const needle = term?.trim().toLowerCase() ?? ''
  if (!needle || !text) return text ? [{ text, match: false }] : []
  const haystack = text.toLowerCase()
  const segments: TextSegment[] = []
  let cursor = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > cursor) segments.push({ text: text.slice(cursor, at), match: false })
    segments.push({ text: text.slice(at, at + needle.length), match: true })
    cursor = at + needle.length
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}
