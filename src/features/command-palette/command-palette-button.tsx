import { Search } from 'lucide-react'
import { Button } from '@/components/button'
import { preloadCommandPalette } from './command-palette-launcher'
import { useCommandPalette } from './palette-store'
import { quickOpenKeys } from './quick-open-shortcut'

/** Quick open for pointer users, and a reminder of its shortcut for everyone. */
export function CommandPaletteButton({ onOpen }: { onOpen?: () => void }) {
  const setOpen = useCommandPalette((state) => state.setOpen)
  return (
    <Button
      variant="secondary"
      aria-keyshortcuts="Control+K Meta+K"
      onPointerEnter={preloadCommandPalette}
      onPress={() => {
        onOpen?.()
        setOpen(true)
      }}
      className="w-full justify-start! font-normal text-slate-600! dark:text-slate-400!"
    >
      <Search aria-hidden className="size-4 shrink-0" />
      <span className="flex-1 text-left whitespace-nowrap">Search…</span>
      <kbd aria-hidden className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600">
        {quickOpenKeys(navigator.platform)}
      </kbd>
    </Button>
  )
}
