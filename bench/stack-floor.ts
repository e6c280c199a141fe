/**
 * Builds the stack floor (stack-floor/app.tsx) into a temporary folder: list-baseline.html, its rows left to the
 * script, the first page asked for from its head. Returns the folder to serve, the gzip size of its JS, and `remove`
 * for the temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { BENCH_API_KEY } from './api-mode'
import { baselinePage } from './baseline-page'
import { FIRST_PAGE_PATH } from './baseline-rows'

export async function buildStackFloor(): Promise<{ dist: string; jsKb: number; remove: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'insight-desk-stack-floor-'))
  const app = relative(root, fileURLToPath(new URL('./stack-floor/app.tsx', import.meta.url)))
  const askEarly = `window.__stackFloorFirstPage = fetch(${JSON.stringify(FIRST_PAGE_PATH)}, { headers: { Authorization: 'Bearer ${BENCH_API_KEY}' } }).then((answer) => answer.json())`
  const html = baselinePage()
    .replace('<tbody>', '<tbody id="rows">')
    .replace('<!--ROWS-->', '')
    .replace('</head>', `<script>${askEarly}</script><script type="module" src="${app}"></script></head>`)
  writeFileSync(join(root, 'index.html'), html)
  const dist = join(root, 'dist')
  await build({ root, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: dist } })
  const assets = join(dist, 'assets')
  const jsBytes = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0)
  return { dist, jsKb: jsBytes / 1024, remove: () => rmSync(root, { recursive: true, force: true }) }
}
