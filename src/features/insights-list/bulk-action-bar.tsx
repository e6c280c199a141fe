import { Download, Star, StarOff, Tag, Trash2, X } from 'lucide-react'
import { Button } from '@/components/button'

interface BulkActionBarProps {
  count: number
  writeDisabledReason: string | null
  onFavorite: (favorited: boolean) => void
  onEditTags: () => void
  onExport: () => void
  onDelete: () => void
  onClear: () => void
}

/**
 * Actions on the selected insights; write actions explain themselves when the key may not write. The bar lies over the
 * app's header, at the top of the window however far the list is scrolled, instead of taking room above the rows: it
 * comes with the first selection, and rows that moved down then put a shift-click on the wrong row.
 */
export function BulkActionBar({
  count,
  writeDisabledReason,
  onFavorite,
  onEditTags,
  onExport,
  onDelete,
  onClear,
}: BulkActionBarProps) {
  const writeOff = writeDisabledReason !== null
  const title = writeDisabledReason ?? undefined
  return (
    <section
      aria-label="Bulk actions"
      className="fixed inset-x-0 top-0 z-30 flex min-h-14 flex-wrap items-center gap-2 border-b border-blue-200 bg-blue-50 px-4 py-2 shadow-sm dark:border-blue-900 dark:bg-blue-950"
    >
      <p className="mr-2 text-sm font-medium" aria-live="polite">
        {count} selected
      </p>
      <span title={title} className="inline-flex flex-wrap gap-2">
        <Button isDisabled={writeOff} onPress={() => onFavorite(true)}>
          <Star aria-hidden className="size-4" /> Favorite
        </Button>
        <Button isDisabled={writeOff} onPress={() => onFavorite(false)}>
          <StarOff aria-hidden className="size-4" /> Unfavorite
        </Button>
        <Button isDisabled={writeOff} onPress={onEditTags}>
          <Tag aria-hidden className="size-4" /> Edit tags…
        </Button>
      </span>
      <Button onPress={onExport}>
        <Download aria-hidden className="size-4" /> Export CSV
      </Button>
      <span title={title} className="inline-flex flex-wrap gap-2">
        <Button variant="danger" isDisabled={writeOff} onPress={onDelete}>
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      </span>
      <Button variant="ghost" onPress={onClear} className="ml-auto">
        <X aria-hidden className="size-4" /> Clear selection
      </Button>
    </section>
  )
}
