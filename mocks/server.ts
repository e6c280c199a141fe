import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createMiddleware } from '@mswjs/http-middleware'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { handlers, sharedPageHandlers } from './handlers'
import { MOCK_API_KEYS, setMockAuthMode } from './handlers/runtime'
import { filePersistence } from './store/file-persistence'
import { DEFAULT_INSIGHT_COUNT } from './store/seed'
import { configureMockStore, getMockStoreNotice } from './store/store'

/*
 * The mock backend over real HTTP: the same MSW handlers as the browser worker and the unit tests, behind Express, so
 * the app (through the Vite proxy), curl or an end-to-end test can talk to it like a PostHog instance. Run it with
 * `npm run mock:serve -- --port 8010 [--insights N] [--data file.json]`.
 */

const USAGE = `Usage: mock-server [--port 8010] [--host 127.0.0.1] [--insights ${DEFAULT_INSIGHT_COUNT}] [--data file.json]

  --port      port to listen on (0 picks a free one); default 8010
  --host      interface to bind; default 127.0.0.1 (this machine only)
  --insights  number of insights seeded in project 1; default ${DEFAULT_INSIGHT_COUNT}
  --data      keep the store in this JSON file between runs (otherwise it lives in memory)`

export interface MockServerOptions {
  port: number
  host: string
  insights: number
  dataFile: string | null
}

function integerOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${value}".`)
  }
  return parsed
}

function parseServerArgs(argv: readonly string[]): MockServerOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      insights: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return 'help'
  return {
    port: integerOption('port', values.port, 8010, 0, 65_535),
    host: values.host ?? '127.0.0.1',
    insights: integerOption('insights', values.insights, DEFAULT_INSIGHT_COUNT, 1, 1_000_000),
    dataFile: values.data ? resolve(values.data) : null,
  }
}

const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept'
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS'

/**
 * CORS for a local front end on another port. Auth is a bearer key, never a cookie, so reflecting the origin grants
 * nothing a page could not already do with the key it holds; the server binds to 127.0.0.1 unless told otherwise.
 */
const cors: RequestHandler = (request, response, next) => {
  const origin = request.headers.origin
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*')
  response.setHeader('Vary', 'Origin')
  response.setHeader('Access-Control-Expose-Headers', 'Content-Disposition')
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS)
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
    response.setHeader('Access-Control-Max-Age', '600')
    response.status(204).end()
    return
  }
  next()
}

const notFound: RequestHandler = (_request, response) => {
  response.status(404).json({ type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null })
}

/** A handler that throws answers like PostHog's 500 instead of Express's HTML page. */
const serverError: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
  const detail = error instanceof Error ? error.message : 'A server error occurred.'
  console.error('mock server error:', error)
  if (response.headersSent) return
  response.status(500).json({ type: 'server_error', code: 'error', detail, attr: null })
}

/**
 * CORS first (a preflight never reaches the handlers), then the mock API and PostHog's public pages (`/shared/:token`
 * and `/embedded/:token`, a minimal HTML stand-in, so a link the app hands out opens), then PostHog-shaped 404s and 500s.
 */
function createMockApp(): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(cors)
  app.use(createMiddleware(...handlers, ...sharedPageHandlers))
  app.use(notFound)
  app.use(serverError)
  return app
}

export async function startMockServer(options: MockServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  setMockAuthMode('api-key')
  configureMockStore({
    seed: { insights: options.insights },
    ...(options.dataFile ? { persistence: filePersistence(options.dataFile) } : {}),
  })
  const app = createMockApp()
  const server = await new Promise<ReturnType<express.Express['listen']>>((resolvePromise, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) =>
      error ? reject(error) : resolvePromise(listening),
    )
  })
  const { port } = server.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

async function main(): Promise<void> {
  let options: MockServerOptions | 'help'
  try {
    options = parseServerArgs(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    console.error(USAGE)
    process.exitCode = 2
    return
  }
  if (options === 'help') {
    console.log(USAGE)
    return
  }
  const { url, close } = await startMockServer(options)
  const notice = getMockStoreNotice()
  console.log(`Insight Desk mock server listening on ${url}`)
  console.log(`  API base   ${url}/api/projects/1/  (also /api/environments/1/)`)
  for (const [key, { scopes, instance }] of Object.entries(MOCK_API_KEYS)) {
    const access = scopes.includes('*') ? 'every scope' : `scopes ${scopes.join(', ')}`
    const plays = instance ? '; plays an older PostHog on the free plan' : ''
    console.log(`  API key    ${key}  (${access}${plays})`)
  }
  console.log(
    `  Data       ${options.insights} insights in project 1, ${options.dataFile ? `saved to ${options.dataFile}` : 'in memory'}`,
  )
  if (notice) console.log(`  Note       ${notice.message}`)
  console.log(`  Try        curl -H "Authorization: Bearer phx_demo_full" '${url}/api/projects/1/insights/?limit=1'`)
  const stop = () => {
    void close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

// Started as a script (`tsx mocks/server.ts`), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    // A taken port or a bad --host is the usual cause; the message says which.
    console.error(`mock server failed to start: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
}
