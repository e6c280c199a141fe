/**
 * The list's first page as the bench's two reference pages show it: the static page (baseline-page.ts) and the stack
 * floor (the same page, its rows rendered by the stack; stack-floor.ts). Each row is worded as the app words it (name,
 * type, owner …), from PostHog's `basic=true` list answer. No Node imports: the stack floor's bundle includes it.
 */
/** The fields of a `basic=true` list result the reference pages show. */
export interface BaselineRow {
  id: number
  name: string | null
  derived_name: string | null
  description: string | null
  tags: string[]
  query: { kind?: string; source?: { kind?: string } } | null
  created_by: { first_name: string; last_name?: string; email: string } | null
  last_modified_at: string
}

/** The list request both reference pages make: the app's first page (its early request asks for the same). */
export const FIRST_PAGE_PATH = '/api/projects/1/insights/?basic=true&limit=50&order=-last_modified_at'

/** A row's five cells' texts, in the baseline table's column order. */
export function baselineCells(row: BaselineRow) {
  return {
    name: row.name ?? row.derived_name ?? 'Untitled insight',
    description: row.description ?? '',
    type: row.query?.source?.kind ?? row.query?.kind ?? '',
    tags: row.tags.join(', '),
    owner: row.created_by ? `${row.created_by.first_name} ${row.created_by.last_name ?? ''}`.trim() : 'Unknown',
    lastModified: row.last_modified_at,
  }
}
