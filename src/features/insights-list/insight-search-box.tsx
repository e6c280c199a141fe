import { Search } from 'lucide-react'
import { useEffect, useRef, useState, type Ref } from 'react'
import { SEARCH_DEBOUNCE_MS } from './search-timing'

interface InsightSearchBoxProps {
  /** The search in the URL. */
  value: string | undefined
  onCommit: (value: string | undefined) => void
  /** ↓ or Enter: the search is committed at once and focus should go to the first result row once it is shown. */
  onMoveToResults: (value: string | undefined) => void
  inputRef: Ref<HTMLInputElement>
}

/**
 * The search field: typing is instant, the URL (and so the request) follows once the user pauses. ↓ or Enter goes on to
 * the results; Esc clears the text, and Esc on an empty field leaves it, so the list's single-key shortcuts work again.
 */
export function InsightSearchBox({ value, onCommit, onMoveToResults, inputRef }: InsightSearchBoxProps) {
  const [draft, setDraft] = useState(value ?? '')
  const [seen, setSeen] = useState(value)
  // Back/forward, a removed chip or "Clear all" change the URL under the field; a change that came from this field
  // already matches the draft and must not reset it (that would eat a trailing space mid-typing).
  if (seen !== value) {
    setSeen(value)
    if ((draft.trim() || undefined) !== value) setDraft(value ?? '')
  }
  const commit = useRef(onCommit)
  useEffect(() => {
    commit.current = onCommit
  })

  useEffect(() => {
    const next = draft.trim() || undefined
    if (next === value) return
    const timer = setTimeout(() => commit.current(next), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value])

  return (
    <div className="relative w-full min-w-0 sm:w-auto sm:max-w-sm sm:flex-1">
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500" />
      <input
        ref={inputRef}
        type="search"
        aria-label="Search insights"
        aria-keyshortcuts="/"
        placeholder="Search name, description, tags"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // Handled here: the list's own Esc (clear the selection) is not what the user meant.
            event.preventDefault()
            // One Esc clears and leaves, so the list's shortcuts (j, t, …) act again at once; `/` comes back.
            setDraft('')
            if (value !== undefined) commit.current(undefined)
            event.currentTarget.blur()
          } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault()
            const next = draft.trim() || undefined
            if (next !== value) commit.current(next)
            onMoveToResults(next)
          }
        }}
        className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-10 pl-8 text-sm outline-none focus:border-blue-500 dark:border-slate-700 dark:bg-slate-900"
      />
      <kbd
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 px-1 font-mono text-xs text-slate-500 dark:border-slate-700"
      >
        /
      </kbd>
    </div>
  )
}
