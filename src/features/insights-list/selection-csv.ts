import type { InsightBasic } from '@/api/schemas/insight'
import { insightKind } from '@/api/schemas/query'
import { toCsv } from '@/lib/csv'

const header = [
  'id',
  'short_id',
  'name',
  'derived_name',
  'type',
  'description',
  'tags',
  'favorited',
  'created_by.email',
  'created_at',
  'last_modified_at',
  'last_viewed_at',
] as const

/** The selected rows as CSV, with the column names of PostHog's own export where they overlap. */
export function selectionCsv(rows: readonly InsightBasic[]): string {
  return toCsv(
    header,
    rows.map((row) => [
      String(row.id),
      row.short_id,
      row.name ?? '',
      row.derived_name ?? '',
      insightKind(row.query, row.filters),
      row.description ?? '',
      row.tags.join(', '),
      String(row.favorited),
      row.created_by?.email ?? '',
      row.created_at ?? '',
      row.last_modified_at ?? '',
      row.last_viewed_at ?? '',
    ]),
  )
}
