/**
 * Serves the built app the way a static host or CDN does, for `npm run bench`: every file read and compressed once, up
 * front (brotli and gzip, as `Accept-Encoding` asks), any other path answered with index.html (the app routes in the
 * browser), and `/api/…` and PostHog's `/shared|embedded/:token.json` passed to the API, as `vite preview`'s proxy did.
 *
 * Not `vite preview`: it compresses every response as it sends it (~17 ms for the entry on the 2-core machine, on the
 * same cores as the browser), a cost no production host has and the static page the list is compared with never paid.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { isApiPath } from '../scripts/api-paths'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

interface StaticFile {
  type: string
  plain: Buffer
  gzip: Buffer
  brotli: Buffer
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function compressed(path: string): StaticFile {
  const plain = readFileSync(path)
  return {
    type: TYPES[extname(path)] ?? 'application/octet-stream',
    plain,
    gzip: gzipSync(plain, { level: 9 }),
    brotli: brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  }
}

function proxy(request: IncomingMessage, response: ServerResponse, apiUrl: string): void {
  const target = new URL(request.url ?? '/', apiUrl)
  const upstream = httpRequest(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    },
  )
  upstream.on('error', () => {
    response.writeHead(502).end()
  })
  request.pipe(upstream)
}

export async function startStaticHost(distDir: string, apiUrl: string): Promise<{ url: string; close: () => void }> {
  const files = new Map(filesUnder(distDir).map((path) => ['/' + relative(distDir, path), compressed(path)]))
  const index = files.get('/index.html')
  if (!index) throw new Error(`${distDir} has no index.html: build the app first`)
  const server = createServer((request, response) => {
    const url = request.url ?? '/'
    if (isApiPath(url)) return proxy(request, response, apiUrl)
    const path = decodeURIComponent(new URL(url, 'http://host').pathname)
    const file = files.get(path) ?? (extname(path) ? undefined : index)
    if (!file) return response.writeHead(404).end()
    const accepts = String(request.headers['accept-encoding'] ?? '')
    const [encoding, body] = /\bbr\b/.test(accepts)
      ? (['br', file.brotli] as const)
      : /\bgzip\b/.test(accepts)
        ? (['gzip', file.gzip] as const)
        : ([null, file.plain] as const)
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}
