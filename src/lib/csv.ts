/** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180), with quotes doubled. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * A CSV document from a header row and data rows. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * first) get a leading apostrophe, because names and tags come from other users.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
  return [header, ...rows].map((row) => row.map((cell) => csvCell(guard(cell))).join(',')).join('\r\n') + '\r\n'
}
