import { create } from 'zustand'

interface CommandPaletteState {
  isOpen: boolean
  /** What was typed before the palette's code arrived; every opening starts empty. */
  typedWhileLoading: string
  /** Where focus was when the palette opened. */
  returnFocusTo: HTMLElement | null
  setOpen: (isOpen: boolean) => void
  toggle: () => void
  setTypedWhileLoading: (text: string) => void
}

/**
 * react-aria gives focus back when its dialog closes, except after the first opening: the loading field held focus
 * when the dialog arrived, and it is gone by now. Focus left on nothing goes back to where it was before opening.
 */
function returnFocus(element: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const current = document.activeElement
    if (element?.isConnected && (current === null || current === document.body)) element.focus()
  })
}

/** Whether the quick-open palette is showing; the shortcut and the sidebar's search button both open it. */
export const useCommandPalette = create<CommandPaletteState>()((set, get) => {
  const change = (isOpen: boolean) => {
    const { isOpen: wasOpen, returnFocusTo } = get()
    if (isOpen === wasOpen) return
    const focused = document.activeElement
    set({ isOpen, typedWhileLoading: '', returnFocusTo: isOpen && focused instanceof HTMLElement ? focused : null })
    if (!isOpen) returnFocus(returnFocusTo)
  }
  return {
    isOpen: false,
    typedWhileLoading: '',
    returnFocusTo: null,
    setOpen: change,
    toggle: () => change(!get().isOpen),
    setTypedWhileLoading: (typedWhileLoading) => set({ typedWhileLoading }),
  }
})
