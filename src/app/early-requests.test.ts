import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { insightListFilters } from '@/features/insights-list/list-search'
import { useConnectionStore, type ConnectionSettings } from '@/stores/connection-store'
import { dropEarlyResponses } from '@/api/early-requests'
import { apiUrl, projectPath } from '@/api/http'
import { fetchInsight, insightListParams } from '@/api/insights'
import { fetchProject } from '@/api/projects'

const script = /<script id="early-requests">([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))?.[1] ?? ''

const api: ConnectionSettings = {
  mode: 'api',
  host: 'https://eu.posthog.example/',
  apiKey: 'phx_key',
  projectId: '1',
  pathFamily: 'environments',
  rememberKey: false,
}

/** Runs index.html's script as the browser would on `address`, and returns the URLs it asked for, with their headers. */
function earlyRequests(address: string, connection: ConnectionSettings = api): Record<string, HeadersInit | undefined> {
  const { apiKey, ...saved } = connection
  const storage = (items: Record<string, string>) => ({ getItem: (key: string) => items[key] ?? null })
  const requested: Record<string, HeadersInit | undefined> = {}
  const window: { __insightDeskEarly?: Record<string, unknown> } = {}
  const url = new URL(address, 'https://desk.example')
  runInNewContext(script, {
    window,
    localStorage: storage({ 'insight-desk:connection': JSON.stringify({ state: saved, version: 1 }) }),
    sessionStorage: storage(apiKey ? { 'insight-desk:api-key': apiKey } : {}),
    location: { pathname: url.pathname, search: url.search },
    fetch: (requestUrl: string, init: RequestInit) => {
      requested[requestUrl] = init.headers
      return Promise.resolve(new Response('{}'))
    },
  })
  expect(Object.keys(window.__insightDeskEarly ?? {})).toEqual(Object.keys(requested))
  return requested
}

afterEach(() => dropEarlyResponses())

describe('requests index.html starts before the app loads', () => {
  it('are the URLs the app asks for: the project, and on the plain list address its first page', () => {
    const project = apiUrl(projectPath('', api), undefined, api)
    const list = apiUrl(projectPath('insights/', api), insightListParams(insightListFilters({}), true), api)
    expect(earlyRequests('/project/1/insights')).toEqual({
      [project]: { Accept: 'application/json', Authorization: 'Bearer phx_key' },
      [list]: { Accept: 'application/json', Authorization: 'Bearer phx_key' },
    })
    expect(Object.keys(earlyRequests('/project/1/insights/'))).toEqual([project, list])
    const sameOrigin = { ...api, host: '', pathFamily: 'projects' as const }
    expect(Object.keys(earlyRequests('/project/1/insights', sameOrigin))).toEqual([
      apiUrl(projectPath('', sameOrigin), undefined, sameOrigin),
      apiUrl(projectPath('insights/', sameOrigin), insightListParams(insightListFilters({}), true), sameOrigin),
    ])
  })

  it("on an insight's pages are the project and the URL the app reads that insight from", async () => {
    useConnectionStore.setState(api)
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({}))
    await fetchInsight('1', 'Ab3_x-9Z').catch(() => undefined)
    const insight = fetchSpy.mock.calls[0]?.[0] as string
    const project = apiUrl(projectPath('', api), undefined, api)
    expect(insight).toBe('https://eu.posthog.example/api/environments/1/insights/Ab3_x-9Z/')
    for (const tab of ['', '/', '/sharing', '/activity', '/thresholds/7?x=1'])
      expect(Object.keys(earlyRequests(`/project/1/insights/Ab3_x-9Z${tab}`))).toEqual([project, insight])
    // A segment that is not a short_id (encoded, or dotted) is left to the app.
    expect(Object.keys(earlyRequests('/project/1/insights/a%20b'))).toEqual([project])
    expect(Object.keys(earlyRequests('/project/1/insights/a.b'))).toEqual([project])
  })

  it('leave the list alone when its address holds filters, and ask for nothing without API mode or a key', () => {
    const project = apiUrl(projectPath('', api), undefined, api)
    expect(Object.keys(earlyRequests('/project/1/insights?search=%22x%22'))).toEqual([project])
    expect(Object.keys(earlyRequests('/project/1/insightsx'))).toEqual([project])
    expect(earlyRequests('/project/x/insights')).toEqual({})
    expect(earlyRequests('/settings')).toEqual({})
    expect(earlyRequests('/project/1/insights', { ...api, mode: 'mock' })).toEqual({})
    expect(earlyRequests('/project/1/insights', { ...api, apiKey: '' })).toEqual({})
  })

  it('in demo mode, are answered by the mock in the page; on a first visit its service worker registers at once', async () => {
    // The build fills in the mock's files (vite.config.ts, earlyChunks); the script's import() is stood in for here.
    const built = script
      .replace('var mockChunks = []', 'var mockChunks = ["/assets/browser-x.js"]')
      .replace('import(mockChunks[0])', 'loadMock(mockChunks[0])')
    const demoStart = (known: boolean) => {
      const answered: string[] = []
      const registered: string[] = []
      const window: { __insightDeskEarly?: Record<string, Promise<Response>>; __insightDeskMockWorker?: Promise<boolean> } = {}
      let started = 0
      const loaded = Promise.resolve({
        answerInPage: (url: string) => {
          answered.push(url)
          return Promise.resolve(Response.json({ url }))
        },
        startMockWorker: () => (started += 1),
      })
      runInNewContext(built, {
        window,
        localStorage: { getItem: () => null },
        sessionStorage: { getItem: () => null },
        location: { pathname: '/project/2/insights', search: '' },
        document: { createElement: () => ({}), head: { appendChild: () => undefined } },
        navigator: {
          serviceWorker: {
            controller: null,
            getRegistration: () => Promise.resolve(known ? {} : undefined),
            register: (url: string) => (registered.push(url), Promise.resolve()),
          },
        },
        loadMock: (file: string) => (file === '/assets/browser-x.js' ? loaded : Promise.reject(new Error(file))),
        fetch: () => {
          throw new Error('demo mode fetches nothing itself')
        },
      })
      return { answered, registered, window, loaded, started: () => started }
    }

    const first = demoStart(false)
    await first.loaded
    expect(await first.window.__insightDeskMockWorker).toBe(true)
    expect(first.registered).toEqual(['/mockServiceWorker.js'])
    const demo: ConnectionSettings = { ...api, mode: 'mock', host: '', pathFamily: 'projects', projectId: '2' }
    const urls = [
      apiUrl(projectPath('', demo), undefined, demo),
      apiUrl(projectPath('insights/', demo), insightListParams(insightListFilters({}), true), demo),
    ]
    expect(first.answered).toEqual(urls)
    expect(Object.keys(first.window.__insightDeskEarly ?? {})).toEqual(urls)
    expect(first.started()).toBe(1)

    // A worker registered on an earlier visit that does not control this page (a reload that bypassed it) is MSW's.
    const again = demoStart(true)
    expect(await again.window.__insightDeskMockWorker).toBe(false)
    expect(again.registered).toEqual([])
  })

  it('the app takes the answer once instead of asking again', async () => {
    useConnectionStore.setState(api)
    const url = apiUrl(projectPath('', api), undefined, api)
    const project = { id: 1, name: 'Early', uuid: '0190a3e2-0000-7000-8000-000000000001', organization: 'org' }
    window.__insightDeskEarly = { [url]: Promise.resolve(Response.json(project)) }
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ ...project, name: 'Asked again' }))
    expect((await fetchProject('1')).name).toBe('Early')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect((await fetchProject('1')).name).toBe('Asked again')
    expect(fetchSpy).toHaveBeenCalledTimes(1)
  })
})
