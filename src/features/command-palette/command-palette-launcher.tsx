import { useEffect } from 'react'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'
import { PaletteLoading } from './palette-loading'
import { useCommandPalette } from './palette-store'
import { isQuickOpenShortcut } from './quick-open-shortcut'

// The palette's dialog, search and commands load on first use; only this listener is part of every page.
const paletteCode = lazyCode(() => import('./command-palette').then((module) => module.default))
const CommandPalette = lazyComponent(paletteCode)

/** Opens quick open on Ctrl/⌘K anywhere in the app, text fields included, as GitHub and Linear do. */
export function CommandPaletteLauncher({ projectId }: { projectId: string }) {
  const isOpen = useCommandPalette((state) => state.isOpen)
  const setOpen = useCommandPalette((state) => state.setOpen)
  const typedWhileLoading = useCommandPalette((state) => state.typedWhileLoading)
  const setTypedWhileLoading = useCommandPalette((state) => state.setTypedWhileLoading)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isQuickOpenShortcut(event)) return
      // Without this the browser would move focus to its own address bar search.
      event.preventDefault()
      useCommandPalette.getState().toggle()
    }
    // Capture: the shortcut must work even where a widget stops the key from bubbling.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])

  if (!isOpen) return null
  const close = () => setOpen(false)
  return (
    <CommandPalette
      fallback={<PaletteLoading value={typedWhileLoading} onChange={setTypedWhileLoading} onClose={close} />}
      projectId={projectId}
      initialInput={typedWhileLoading}
      onClose={close}
    />
  )
}

/** Fetches the palette's code ahead of a click that is about to happen (pointer over the search button). */
export function preloadCommandPalette(): void {
  void paletteCode.load()
}
