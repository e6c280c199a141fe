import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useEffect, useRef, type MouseEvent } from 'react'

interface ListNeighbour {
  shortId: string
  name: string
  href: string
}

/** Where this insight stands in the insights list it was opened from (worked out by the list, passed in by the route). */
export interface InsightListWalk {
  listHref: string
  place: { index: number; count: number } | null
  previous: ListNeighbour | null
  next: ListNeighbour | null
  open: (neighbour: ListNeighbour) => void
  openList: () => void
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset'])

/** `[` and `]` are text while typing a name, a tag or a password, and belong to a dialog while one is open. */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('[role="dialog"], [role="alertdialog"], [role="menu"]')) return true
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type)
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}

/** A click the app handles itself; with a modifier or another button the browser keeps it (new tab, new window). */
function inApp(event: MouseEvent, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  go()
}

const linkClass =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300'
const stepClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-800'
const stepDisabledClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-200 px-2 py-1 text-sm font-medium text-slate-500 dark:border-slate-800 dark:text-slate-400'

function Step({
  direction,
  neighbour,
  onOpen,
}: {
  direction: 'previous' | 'next'
  neighbour: ListNeighbour | null
  onOpen: () => void
}) {
  const label = direction === 'previous' ? 'Previous' : 'Next'
  const icon =
    direction === 'previous' ? <ChevronLeft aria-hidden className="size-4" /> : <ChevronRight aria-hidden className="size-4" />
  const key = direction === 'previous' ? '[' : ']'
  if (!neighbour) {
    return (
      <span role="link" aria-disabled="true" aria-label={`${label} insight`} className={stepDisabledClass}>
        {direction === 'previous' && icon}
        {label}
        {direction === 'next' && icon}
      </span>
    )
  }
  return (
    <a
      href={neighbour.href}
      aria-label={`${label} insight: ${neighbour.name}`}
      aria-keyshortcuts={key}
      title={`${neighbour.name} (${key})`}
      onClick={(event) => inApp(event, onOpen)}
      className={stepClass}
    >
      {direction === 'previous' && icon}
      {label}
      {direction === 'next' && icon}
    </a>
  )
}

/**
 * The way back to the list as it was left ("Insights › name"), and the insight's place in that list with previous and
 * next (`[` and `]`), so a person can walk the filtered list without going back to it.
 */
export function InsightListWalkBar({ walk, name }: { walk: InsightListWalk; name: string }) {
  const { previous, next, open, place } = walk
  // `]` on a page's last insight comes before the list's next page has loaded: the step is kept and taken on arrival.
  const awaited = useRef<'previous' | 'next' | null>(null)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || keyBelongsElsewhere(event.target)) return
      const direction = event.key === '[' ? 'previous' : event.key === ']' ? 'next' : null
      if (!direction) return
      const target = direction === 'previous' ? previous : next
      const coming = place !== null && (direction === 'previous' ? place.index > 1 : place.index < place.count)
      if (!target && !coming) return
      event.preventDefault()
      if (target) open(target)
      else awaited.current = direction
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [previous, next, open, place])
  useEffect(() => {
    const target = awaited.current === 'previous' ? previous : awaited.current === 'next' ? next : null
    if (!target) return
    awaited.current = null
    open(target)
  }, [previous, next, open])

  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <nav aria-label="Breadcrumb" className="min-w-0">
        <ol className="flex min-w-0 items-center gap-1">
          <li>
            <a href={walk.listHref} onClick={(event) => inApp(event, walk.openList)} className={`${linkClass} -ml-2`}>
              Insights
            </a>
          </li>
          <li className="flex min-w-0 items-center gap-1">
            <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-500 dark:text-slate-400" />
            <span aria-current="page" dir="auto" className="truncate text-slate-700 dark:text-slate-300">
              {name}
            </span>
          </li>
        </ol>
      </nav>
      {walk.place && (
        <div role="group" aria-label="Position in the list" className="flex items-center gap-2">
          <span className="text-slate-600 dark:text-slate-400">
            {walk.place.index.toLocaleString('en-US')} of {walk.place.count.toLocaleString('en-US')}
          </span>
          <Step direction="previous" neighbour={previous} onOpen={() => previous && open(previous)} />
          <Step direction="next" neighbour={next} onOpen={() => next && open(next)} />
        </div>
      )}
    </div>
  )
}
