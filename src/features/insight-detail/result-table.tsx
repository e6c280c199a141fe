import type { ReactNode } from 'react'

interface ResultColumn {
  key: string
  label: string
  /** Numbers line up on the right so digits compare at a glance. */
  numeric?: boolean
}

export interface ResultRow {
  key: string
  /** Shown as the row's header cell (`th scope="row"`) so screen readers announce it with every value. */
  header: ReactNode
  cells: Record<string, ReactNode>
  /** Inline background for a shaded cell (retention); keyed like `cells`. */
  shades?: Record<string, string>
}

interface ResultTableProps {
  caption: string
  /** The row header column's title. */
  headerLabel: string
  columns: readonly ResultColumn[]
  rows: readonly ResultRow[]
  /** Tighter cells for wide grids (retention cohorts) so more periods fit before the table scrolls. */
  dense?: boolean
}

/**
 * A plain semantic table: screen readers read it cell by cell with headers, and the scrolling frame is focusable so
 * keyboard users can scroll a wide table. Text is rendered as text, never as HTML.
 */
export function ResultTable({ caption, headerLabel, columns, rows, dense = false }: ResultTableProps) {
  const pad = dense ? 'px-2' : 'px-3'
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800"
    >
      <table className={`w-full border-collapse ${dense ? 'text-xs' : 'text-sm'}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className={`${pad} py-2 text-left font-medium whitespace-nowrap`}>
              {headerLabel}
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`${pad} py-2 font-medium whitespace-nowrap ${column.numeric ? 'text-right' : 'text-left'}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className={`${pad} py-1.5 text-left font-normal break-words whitespace-nowrap`}>
                {row.header}
              </th>
              {columns.map((column) => (
                <td
                  key={column.key}
                  style={row.shades?.[column.key] ? { background: row.shades[column.key] } : undefined}
                  className={`${pad} py-1.5 ${column.numeric ? 'text-right tabular-nums' : 'max-w-md break-words'}`}
                >
                  {row.cells[column.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
