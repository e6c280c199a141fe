import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mockServer } from './node'
import { startMockServer } from './server'
import { configureMockStore } from './store/store'

// The in-process MSW server would answer these requests itself; they must reach the real HTTP server instead.
beforeAll(() => mockServer.close())
afterAll(() => {
  configureMockStore()
  mockServer.listen({ onUnhandledRequest: 'error' })
})

const headers = { Authorization: 'Bearer phx_demo_full', 'Content-Type': 'application/json' }

describe('the HTTP mock server with --data', { timeout: 20_000 }, () => {
  it('keeps every one of many concurrent writes, in memory and in the data file after a restart', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'mock-server-')), 'db.json')
    const options = { port: 0, host: '127.0.0.1', insights: 40, dataFile }
    const first = await startMockServer(options)
    const api = `${first.url}/api/projects/1/insights/`
    const list = (await (await fetch(`${api}?limit=31`, { headers })).json()) as { results: { id: number }[] }
    const [tagged, ...renamed] = list.results.map((insight) => insight.id)
    const tags = Array.from({ length: 30 }, (_, index) => `concurrent-${index}`)
    const answers = await Promise.all([
      ...tags.map((tag) =>
        fetch(`${api}bulk_update_tags/`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ids: [tagged], action: 'add', tags: [tag] }),
        }),
      ),
      ...renamed.map((id) =>
        fetch(`${api}${id}/`, { method: 'PATCH', headers, body: JSON.stringify({ name: `Renamed ${id}` }) }),
      ),
    ])
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    await first.close()

    const second = await startMockServer(options)
    const read = async (id: number | undefined) =>
      (await (await fetch(`${second.url}/api/projects/1/insights/${id}/`, { headers })).json()) as {
        name: string | null
        tags: string[]
      }
    expect((await read(tagged)).tags).toEqual(expect.arrayContaining(tags))
    for (const id of renamed) expect((await read(id)).name).toBe(`Renamed ${id}`)
    await second.close()
  })
})

describe('the HTTP mock server’s public pages', { timeout: 20_000 }, () => {
  it('opens a handed-out /shared/ and /embedded/ link as an HTML page naming the insight, escaped', async () => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1', insights: 10, dataFile: null })
    try {
      const api = `${server.url}/api/projects/1/insights/`
      const [insight] = ((await (await fetch(`${api}?limit=1`, { headers })).json()) as { results: { id: number }[] }).results
      const name = '<b>Signups & "friends"</b>'
      await fetch(`${api}${insight?.id}/`, { method: 'PATCH', headers, body: JSON.stringify({ name }) })
      const sharing = (await (
        await fetch(`${api}${insight?.id}/sharing/`, { method: 'PATCH', headers, body: JSON.stringify({ enabled: true }) })
      ).json()) as { access_token: string }
      for (const page of ['shared', 'embedded']) {
        const answer = await fetch(`${server.url}/${page}/${sharing.access_token}`)
        expect(answer.status).toBe(200)
        expect(answer.headers.get('content-type')).toContain('text/html')
        const html = await answer.text()
        expect(html).toContain('<h1>&lt;b&gt;Signups &amp; &quot;friends&quot;&lt;/b&gt;</h1>')
        expect(html).not.toContain(name)
      }
      const json = await fetch(`${server.url}/shared/${sharing.access_token}.json`)
      expect(((await json.json()) as { accessToken: string }).accessToken).toBe(sharing.access_token)
      expect((await fetch(`${server.url}/shared/not-a-token`)).status).toBe(404)
    } finally {
      await server.close()
    }
  })
})
