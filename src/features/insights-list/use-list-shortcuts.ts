import { useEffect, useRef } from 'react'
import { ROW_TAGS_EDIT_ATTRIBUTE } from './inline-tags-cell'
import { ROW_LINK_ATTRIBUTE } from './row-links'

export interface ListShortcutHandlers {
  focusSearch: () => void
  showHelp: () => void
  /** The index of the row to act on, or null. */
  openRow: (index: number) => void
  toggleSelectRow: (index: number) => void
  favoriteRow: (index: number) => void
  clearSelection: () => void
}

export const listShortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'j', action: 'Move to the next insight' },
  { keys: 'k', action: 'Move to the previous insight' },
  { keys: 'Enter', action: 'Open the insight' },
  { keys: 'x', action: 'Select or unselect the insight' },
  { keys: 'f', action: 'Favorite or unfavorite the insight' },
  { keys: 't', action: 'Edit the tags of the insight' },
  { keys: '/', action: 'Search; then ↓ or Enter goes to the first result' },
  { keys: 'Esc', action: 'In the search: clear it, then leave it. Elsewhere: clear the selection' },
  { keys: '?', action: 'Show keyboard shortcuts' },
  { keys: 'Ctrl/⌘ K', action: 'Quick open: find an insight, a page or an action' },
]

/** Inputs that take no typing: a row's checkbox must not swallow `j`, `x` or `f`. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset'])

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type)
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}

function rowElements(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-insight-row]')]
}

function rowIndexOf(element: Element | null): number | null {
  const row = element?.closest<HTMLElement>('[data-insight-row]')
  return row ? Number(row.dataset.insightRow) : null
}

/** Opens the row's tag editor through its own button, so a disabled or hidden one (narrow table) does nothing. */
function editRowTags(index: number): void {
  const button = rowElements()[index]?.querySelector<HTMLButtonElement>(`[${ROW_TAGS_EDIT_ATTRIBUTE}]`)
  if (button && !button.disabled && button.getClientRects().length > 0) button.click()
}

/** Puts focus on the row's name link (what `j`/`k` move between). */
export function focusRow(index: number): void {
  const row = rowElements()[index]
  const link = row?.querySelector<HTMLElement>(`[${ROW_LINK_ATTRIBUTE}]`)
  link?.focus()
  row?.scrollIntoView({ block: 'nearest' })
}

/**
 * The list's single-key shortcuts (Gmail style). They stay out of the way while the user types in a field, holds a
 * modifier, or has a dialog open. The row acted on is the one holding focus, else the one last moved to.
 */
export function useListShortcuts(handlers: ListShortcutHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  const lastRow = useRef<number | null>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return
      const focusedRow = rowIndexOf(document.activeElement)
      if (focusedRow !== null) lastRow.current = focusedRow
      if (typingInto(event.target)) return
      const count = rowElements().length
      const current = focusedRow ?? (lastRow.current !== null && lastRow.current < count ? lastRow.current : null)
      const act = (run: (index: number) => void) => {
        if (current === null) return
        event.preventDefault()
        run(current)
      }
      switch (event.key) {
        case 'j':
        case 'k': {
          if (!count) return
          event.preventDefault()
          const step = event.key === 'j' ? 1 : -1
          const next = current === null ? (step === 1 ? 0 : count - 1) : Math.min(count - 1, Math.max(0, current + step))
          lastRow.current = next
          focusRow(next)
          return
        }
        case 'Enter':
          // A focused link or button answers Enter itself; only a row remembered without focus needs help.
          if (document.activeElement === document.body || document.activeElement === null) act(latest.current.openRow)
          return
        case 'x':
          act(latest.current.toggleSelectRow)
          return
        case 'f':
          act(latest.current.favoriteRow)
          return
        case 't':
          act(editRowTags)
          return
        case '/':
          event.preventDefault()
          latest.current.focusSearch()
          return
        case '?':
          event.preventDefault()
          latest.current.showHelp()
          return
        case 'Escape':
          latest.current.clearSelection()
          return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
