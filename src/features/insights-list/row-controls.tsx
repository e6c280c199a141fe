import { Star } from 'lucide-react'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'

interface FavoriteButtonProps {
  insight: InsightBasic
  onToggle: (insight: InsightBasic) => void
  disabledReason: string | null
}

/** The star: a toggle button whose pressed state is the favorite flag. */
export function FavoriteButton({ insight, onToggle, disabledReason }: FavoriteButtonProps) {
  const name = insightDisplayName(insight)
  return (
    <span title={disabledReason ?? undefined} className="inline-flex">
      <button
        type="button"
        aria-pressed={insight.favorited}
        aria-label={`Favorite ${name}`}
        disabled={disabledReason !== null}
        onClick={() => onToggle(insight)}
        className="rounded p-1 text-slate-400 outline-none hover:text-amber-500 focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:text-amber-500"
      >
        <Star aria-hidden className={`size-4 ${insight.favorited ? 'fill-current' : ''}`} />
      </button>
    </span>
  )
}

interface SelectBoxProps {
  insight: InsightBasic
  checked: boolean
  /** Shift-click selects a range, so the handler needs to know. */
  onToggle: (insight: InsightBasic, range: boolean) => void
}

export function SelectBox({ insight, checked, onToggle }: SelectBoxProps) {
  return (
    <input
      type="checkbox"
      aria-label={`Select ${insightDisplayName(insight)}`}
      checked={checked}
      // onClick, not onChange: only the click event says whether shift was held.
      onClick={(event) => onToggle(insight, event.shiftKey)}
      onChange={() => undefined}
      className="size-4 cursor-pointer accent-blue-600"
    />
  )
}
