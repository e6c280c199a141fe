import type { ReactNode } from 'react'
import { tagColorClasses } from '@/lib/tag-color'

/** A tag as a coloured, read-only chip; the colour follows the name (see tag-color.ts). */
export function TagChip({ tag, children }: { tag: string; children?: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tagColorClasses(tag)}`}
    >
      {children ?? tag}
    </span>
  )
}
