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

/** A tag offered while typing; `count` (insights carrying it) is unknown while the counts load. */
export interface TagSuggestion {
  name: string
  count?: number
}

/**
 * Suggestions the user has not chosen yet that contain what is typed, best match first: the exact name, then names
 * starting with it, then names containing it; within each, the most used first, then by name.
 */
export function matchingSuggestions<T extends TagSuggestion>(
  suggestions: readonly T[],
  chosen: readonly string[],
  typed: string,
  limit: number,
): T[] {
  const query = typed.trim().toLowerCase()
  const taken = new Set(tagify(chosen))
  const ranked: { suggestion: T; rank: number }[] = []
  for (const suggestion of suggestions) {
    if (taken.has(suggestion.name)) continue
    const name = suggestion.name.toLowerCase()
    const at = name.indexOf(query)
    if (at < 0) continue
    ranked.push({ suggestion, rank: name === query ? 0 : at === 0 ? 1 : 2 })
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (b.suggestion.count ?? 0) - (a.suggestion.count ?? 0) ||
        a.suggestion.name.localeCompare(b.suggestion.name),
    )
    .slice(0, limit)
    .map(({ suggestion }) => suggestion)
}

/** The name a "Create" option would add for `typed`, or null when typing it adds nothing new (blank, or already a tag). */
export function newTagName(typed: string, existing: readonly TagSuggestion[], chosen: readonly string[]): string | null {
  const [name] = tagify([typed])
  if (name === undefined || name.length > TAG_MAX_LENGTH) return null
  if (tagify(chosen).includes(name) || existing.some((suggestion) => suggestion.name === name)) return null
  return name
}
