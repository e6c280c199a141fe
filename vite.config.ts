import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { PUBLIC_VIEWER_DATA_PATH } from './scripts/api-paths'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const requireFromHere = createRequire(import.meta.url)

function styleHashMissing(library: string): never {
  throw new Error(`CSP: could not find the stylesheet ${library} injects; update inlineStyleHashes() in vite.config.ts`)
}

/**
 * Two libraries inject a fixed <style> element at runtime: Sonner (toasts) and react-aria's usePress. The policy allows
 * exactly those texts by hash instead of 'unsafe-inline'. A release that changes either fails the build here, not in a
 * user's browser.
 */
function inlineStyleHashes(): string[] {
  const sonnerSource = readFileSync(requireFromHere.resolve('sonner').replace(/index\.js$/, 'index.mjs'), 'utf8')
  const sonnerCss = /\n__insertCSS\(("(?:[^"\\]|\\.)*")\)/.exec(sonnerSource)?.[1] ?? styleHashMissing('Sonner')

  const usePress = readFileSync(
    requireFromHere.resolve('react-aria').replace(/dist\/.*$/, 'dist/private/interactions/usePress.mjs'),
    'utf8',
  )
  const attribute = /\$var\$PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(usePress)?.[1]
  const template = /style\.textContent = `([^`]*)`\.trim\(\)/.exec(usePress)?.[1]
  if (!attribute || !template) styleHashMissing('react-aria (usePress)')
  const pressCss = template.replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/g, attribute).trim()
  // Sonner appends its <style> empty and fills it after, so the browser checks the empty text too.
  return [sha256(''), sha256(JSON.parse(sonnerCss) as string), sha256(pressCss)]
}

/**
 * A strict Content-Security-Policy for the production build, as a <meta> tag placed before any script. Inline scripts
 * (the theme-before-paint one) are allowed by their hash, computed from the final HTML. connect-src allows any https
 * host and local http ones because Settings can point the app at any PostHog at runtime; script-src, not connect-src,
 * is what keeps injected code out. frame-ancestors cannot be set from a meta tag: the host must send it as a header.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'insight-desk-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (match) => match[1] ?? '',
        )
        const policy = [
          "default-src 'self'",
          `script-src 'self' ${inlineScripts.map(sha256).join(' ')}`.trim(),
          `style-src 'self' ${inlineStyleHashes().join(' ')}`,
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
          "worker-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
        ].join('; ')
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
        if (!/<meta charset="UTF-8" \/>/.test(html))
          throw new Error('CSP: index.html must start its <head> with <meta charset="UTF-8" />')
        return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`)
      },
    },
  }
}

/** Fills `var <name> = []` in index.html's early script with `files`; a script without that line fails the build. */
function fillList(html: string, name: string, files: readonly string[]): string {
  const marker = `var ${name} = []`
  if (!html.includes(marker)) throw new Error(`early chunks: index.html has no "${marker}"`)
  return html.replace(marker, `var ${name} = ${JSON.stringify(files)}`)
}

/**
 * Code index.html's early script downloads while the entry still downloads and runs, instead of after it has run (the
 * chunk names are known only once built; dev leaves the lists empty):
 * - demo mode: the in-browser mock's chunk and what it imports, which the script also starts at once, so its data opens
 *   and its service worker registers in parallel with the app;
 * - an insight's address: its pages' route code (their loaders travel with it, see routeSplitBehavior), and the
 *   Overview's too on the Overview's address. Opened from a link, these ~20 files were requested only once the entry had
 *   run: one more wait on every cold start of an insight.
 */
function earlyChunks(): Plugin {
  return {
    name: 'insight-desk-early-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((file) => file.type === 'chunk')
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const chunkOf = (module: string) => {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module))
          if (!chunk) throw new Error(`early chunks: no chunk for ${module}`)
          return chunk
        }
        /** The chunk and everything it imports, less what the entry loads anyway. */
        const closure = (fileName: string, skip: ReadonlySet<string>, into = new Set<string>()): Set<string> => {
          if (skip.has(fileName) || into.has(fileName)) return into
          into.add(fileName)
          for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, skip, into)
          return into
        }
        const entry = chunks.find((chunk) => chunk.isEntry)
        if (!entry) throw new Error('early chunks: no entry chunk')
        const initial = closure(entry.fileName, new Set())
        const paths = (files: Iterable<string>) => [...files].map((file) => `/${file}`)

        const mock = chunkOf('/mocks/browser.ts')
        if (mock.imports.includes(entry.fileName))
          throw new Error('early chunks: the mock chunk imports the entry, so it could not start before the entry has run')
        const split = '?tsr-split=component---loader'
        const frame = closure(chunkOf(`/insights/$shortId/route.tsx${split}`).fileName, initial)
        const overview = closure(chunkOf(`/insights/$shortId/index.tsx${split}`).fileName, new Set([...initial, ...frame]))

        html = fillList(html, 'mockChunks', paths([mock.fileName, ...mock.imports]))
        html = fillList(html, 'insightFrameChunks', paths(frame))
        return fillList(html, 'insightOverviewChunks', paths(overview))
      },
    },
  }
}

/**
 * Loaders are bundled into the entry unless split. The list page (where users land) is not split at all: its loader and
 * its component are in the entry, so its request starts as soon as the entry runs and its rows need no second script.
 * Its parents keep their loaders there too. Every other route's loader travels with its component chunk, which keeps
 * their API modules and schemas out of the list's initial JS. Intent preloading hides the extra step in-app.
 */
const ENTRY_LOADER_ROUTES = new Set(['__root__', '/', '/project/$projectId'])
/** Not split at all: the list, and the project route, whose component is a bare Outlet every project page waits on
 * (split, it was a 72-byte chunk fetched only after the entry ran: one more round trip on every cold start). */
const UNSPLIT_ROUTES = new Set(['/project/$projectId/insights/', '/project/$projectId'])
const routeSplitBehavior = ({ routeId }: { routeId: string }) =>
  UNSPLIT_ROUTES.has(routeId)
    ? []
    : ENTRY_LOADER_ROUTES.has(routeId)
      ? undefined
      : [['loader', 'component'], ['pendingComponent'], ['errorComponent'], ['notFoundComponent']]

// `POSTHOG_HOST=<url> npm run dev` proxies /api to that host (the local HTTP mock server or a real PostHog)
// and starts the app in API mode, so the in-browser mock stays off and the browser never needs CORS.
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  const proxyTarget = env.POSTHOG_HOST?.replace(/\/+$/, '')
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true, codeSplittingOptions: { splitBehavior: routeSplitBehavior } }),
      react(),
      tailwindcss(),
      // Before the policy, which hashes the inline scripts as they end up.
      earlyChunks(),
      contentSecurityPolicy(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
        // The public suffix list, which only MSW's cookie jar would use: see mocks/public-suffix.ts.
        tldts: fileURLToPath(new URL('./mocks/public-suffix.ts', import.meta.url)),
      },
    },
    define: {
      __DEV_PROXY_TARGET__: JSON.stringify(proxyTarget ?? ''),
    },
    // A port another program holds is not fatal: Vite takes the next free one and prints its address. (The end-to-end
    // run picks its own free port and passes --strictPort: scripts/setup/e2e.mjs.)
    server: {
      port: 5173,
      strictPort: false,
      proxy: proxyTarget
        ? {
            '/api': { target: proxyTarget, changeOrigin: true, secure: true },
            [PUBLIC_VIEWER_DATA_PATH]: { target: proxyTarget, changeOrigin: true, secure: true },
          }
        : undefined,
    },
    preview: { port: 4173, strictPort: false },
    // Every browser this app supports (es2022) has native modulepreload, so the polyfill would only add bytes.
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
      // Everything the entry imports statically is one file. Left to itself, Rolldown splits what the entry shares with
      // lazy chunks into ~50 small files: each a request and its own gzip header (159 KB gzip in all, 143 KB as one).
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // zod in a file of its own, not in the entry: the demo's mock shares it with the app and nothing else, so
              // index.html can start the mock while the entry still downloads and runs (earlyChunks).
              { name: 'zod', test: /node_modules\/zod\//, priority: 2 },
              { name: 'app', tags: ['$initial'], priority: 1 },
              // recharts' shared code as one file. Left to itself, Rolldown splits it by which chart kinds use each module:
              // a line chart then fetches seven files, 5 KB more gzip than one. Code only one kind uses (a pie's, a
              // Sankey's) stays in that kind's chunk. clsx, which react-aria shares, would otherwise be pulled in with it.
              { name: 'clsx', test: /node_modules\/clsx\// },
              {
                name: 'recharts',
                test: /node_modules\/(recharts|victory-vendor|d3-|decimal\.js-light|es-toolkit|eventemitter3|immer|react-redux|reselect|redux|@reduxjs|tiny-invariant)/,
                minShareCount: 2,
              },
            ],
          },
        },
      },
    },
  }
})
