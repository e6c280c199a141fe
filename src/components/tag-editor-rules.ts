import { tagify } from '@/api/insights'

/** PostHog's `Tag.name` is a `CharField(max_length=255)`: a longer name fails on the server. */
const TAG_MAX_LENGTH = 255

/** Commas and line breaks separate tags in typed and pasted text. */
const SEPARATORS = /[,\n\r\t]/

export function hasSeparator(text: string): boolean {
  return SEPARATORS.test(text)
}

/** The pieces of `text` between separators, untrimmed; `"a, b,"` gives `["a", " b", ""]`. */
export function splitTagText(text: string): string[] {
  return text.split(SEPARATORS)
}

export interface TagAddition {
  /** The new value: the current tags followed by the accepted ones. */
  tags: string[]
  added: string[]
  /** Why some of the requested names were refused, in words for the user; null when none was. */
  hint: string | null
}

const quoteList = (names: readonly string[]) => names.map((name) => `“${name}”`).join(', ')

/**
 * Adds `requested` names to `current` the way PostHog stores them (trimmed, lower-cased, once each), refusing blank,
 * duplicate and over-long names with a hint that names them. Blank pieces of a pasted list (`"a,,b"`) are skipped
 * silently: only a lone blank name is worth a word.
 */
export function addTags(current: readonly string[], requested: readonly string[]): TagAddition {
  const present = new Set(tagify(current))
  const added: string[] = []
  const duplicates: string[] = []
  const tooLong: string[] = []
  let blank = 0
  for (const raw of requested) {
    const [name] = tagify([raw])
    if (name === undefined) {
      blank++
    } else if (name.length > TAG_MAX_LENGTH) {
      tooLong.push(`${name.slice(0, 20)}…`)
    } else if (present.has(name)) {
      if (!duplicates.includes(name)) duplicates.push(name)
    } else {
      present.add(name)
      added.push(name)
    }
  }
  const hints: string[] = []
  if (duplicates.length) {
    hints.push(
      duplicates.length === 1
        ? `${quoteList(duplicates)} is already a tag here.`
        : `${quoteList(duplicates)} are already tags here.`,
    )
  }
  if (tooLong.length) hints.push(`A tag can have at most ${TAG_MAX_LENGTH} characters: ${quoteList(tooLong)} is too long.`)
  if (blank && requested.length === 1) hints.push('A tag cannot be blank.')
  return { tags: [...current, ...added], added, hint: hints.length ? hints.join(' ') : null }
}

/** Suggestions the user has not chosen yet that contain what is typed; names starting with it come first. */
export function matchingSuggestions<T extends { name: string }>(
  suggestions: readonly T[],
  chosen: readonly string[],
  typed: string,
  limit: number,
): T[] {
  const query = typed.trim().toLowerCase()
  const taken = new Set(tagify(chosen))
  const starts: T[] = []
  const contains: T[] = []
  for (const suggestion of suggestions) {
    if (taken.has(suggestion.name)) continue
    const at = suggestion.name.toLowerCase().indexOf(query)
    if (at === 0) starts.push(suggestion)
    else if (at > 0) contains.push(suggestion)
  }
  return [...starts, ...contains].slice(0, limit)
}
