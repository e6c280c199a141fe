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
