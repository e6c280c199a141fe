/** list-baseline.html, the list's static reference page, with or without its rows written in. */
import { readFileSync } from 'node:fs'
import { baselineCells, type BaselineRow } from './baseline-rows'

/** The page as it is: its `<!--ROWS-->` marker sits in the table's body. */
export function baselinePage(): string {
  return readFileSync(new URL('./list-baseline.html', import.meta.url), 'utf8')
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The static page: the rows written into the HTML, no script. */
export function baselineHtml(rows: readonly BaselineRow[]): string {
  const body = rows
    .map((row) => {
      const cells = baselineCells(row)
      return `<tr data-insight-row><td><a href="#">${escapeHtml(cells.name)}</a><p>${escapeHtml(cells.description)}</p></td><td>${escapeHtml(cells.type)}</td><td>${escapeHtml(cells.tags)}</td><td>${escapeHtml(cells.owner)}</td><td><time>${escapeHtml(cells.lastModified)}</time></td></tr>`
    })
    .join('\n')
  return baselinePage().replace('<!--ROWS-->', body)
}
