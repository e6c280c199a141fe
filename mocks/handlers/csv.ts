/*
 * `format=csv`, as DRF's CSV renderer produces it: one row per result, nested objects flattened to dotted columns.
 * Arrays and deeper structures (query, result) stay JSON in one cell, which keeps the column set stable.
 */

type Row = Record<string, string>

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

function flatten(value: unknown): Row {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value: cell(value) }
  const row: Row = {}
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'object' && field !== null && !Array.isArray(field) && key !== 'query' && key !== 'result') {
      for (const [inner, innerValue] of Object.entries(field as Record<string, unknown>))
        row[`${key}.${inner}`] = cell(innerValue)
    } else {
      row[key] = cell(field)
    }
  }
  return row
}

function escape(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The rows of a body: a page's `results`, a plain array, or the object itself. */
export function toCsv(body: unknown): string {
  const items: unknown[] = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && 'results' in body && Array.isArray(body.results)
      ? body.results
      : [body]
  const rows = items.map(flatten)
  const columns: string[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    for (const column of Object.keys(row)) {
      if (!seen.has(column)) {
        seen.add(column)
        columns.push(column)
      }
    }
  }
  const lines = [columns.map(escape).join(',')]
  for (const row of rows) lines.push(columns.map((column) => escape(row[column] ?? '')).join(','))
  return `${lines.join('\r\n')}\r\n`
}
