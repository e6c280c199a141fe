import { Search } from 'lucide-react'
import { useEffect, useRef, useState, type Ref } from 'react'
import { SEARCH_DEBOUNCE_MS } from './search-timing'

interface InsightSearchBoxProps {
  /** The search in the URL. */
  value: string | undefined
  onCommit: (value: string | undefined) => void
  inputRef: Ref<HTMLInputElement>
}

/** The search field: typing is instant, the URL (and so the request) follows once the user pauses. */
export function InsightSearchBox({ value, onCommit, inputRef }: InsightSearchBoxProps) {
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
          if (event.key === 'Escape' && draft) {
            event.preventDefault()
            setDraft('')
          } else if (event.key === 'Enter') {
            commit.current(draft.trim() || undefined)
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
