import type { InsightBasic } from '@/api/schemas/insight'

/** What table rows and cards both need from the page. */
export interface InsightRowHandlers {
  projectId: string
  /** The search term, to highlight in names, descriptions and tags. */
  term: string | undefined
  selectedIds: ReadonlySet<number> | ReadonlyMap<number, unknown>
  onToggleSelect: (insight: InsightBasic, range: boolean) => void
  onToggleFavorite: (insight: InsightBasic) => void
  writeDisabledReason: string | null
}
