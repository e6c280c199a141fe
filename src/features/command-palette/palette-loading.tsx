interface PaletteLoadingProps {
  value: string
  onChange: (value: string) => void
  onClose: () => void
}

/**
 * What the palette looks like while its code loads on first use: the same field, already taking keys, so what is
 * typed straight after Ctrl+K is kept (and handed to the palette) instead of landing on the page.
 */
export function PaletteLoading({ value, onChange, onClose }: PaletteLoadingProps) {
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-950/50 p-4 pt-[12vh]">
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Quick open"
        aria-busy="true"
        className="w-full max-w-xl overflow-hidden rounded-xl bg-white shadow-2xl dark:bg-slate-900"
      >
        <input
          autoFocus
          aria-label="Search insights, pages and actions"
          placeholder="Find an insight, or jump to a page…"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose()
          }}
          className="w-full border-b-2 border-blue-500 bg-transparent px-10 py-3.5 text-base outline-none! placeholder:text-slate-500 dark:border-blue-400 dark:placeholder:text-slate-400"
        />
      </div>
    </div>
  )
}
