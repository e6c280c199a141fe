import { describe, expect, it } from 'vitest'
import {
  failedIds,
  previewBulkTagChange,
  runBulkTagRequests,
  runBulkTagUpdate,
  sameTags,
  tagCounts,
  undoRequests,
  type BulkTagAnswer,
  type BulkTagRequest,
} from './bulk-tag-plan'

const items = [
  { id: 1, tags: ['q4', 'growth'] },
  { id: 2, tags: ['q4'] },
  { id: 3, tags: [] },
  { id: 4, tags: ['growth', 'web'] },
]

/** A fake server holding tags per id that applies requests like the mock does. */
function fakeServer(initial: Record<number, string[]>, failWhen?: (body: BulkTagRequest) => boolean) {
  const db = new Map(Object.entries(initial).map(([id, tags]) => [Number(id), [...tags]]))
  const requests: BulkTagRequest[] = []
  const send = (body: BulkTagRequest): Promise<BulkTagAnswer> => {
    requests.push(body)
    if (failWhen?.(body)) return Promise.reject(new Error('HTTP 500'))
    const answer: BulkTagAnswer = { updated: [], skipped: [] }
    for (const id of body.ids) {
      const current = db.get(id)
      if (!current) {
        answer.skipped.push({ id, reason: 'Not found or no edit access' })
        continue
      }
      const next =
        body.action === 'set'
          ? [...body.tags]
          : body.action === 'add'
            ? [...new Set([...current, ...body.tags])]
            : current.filter((tag) => !body.tags.includes(tag))
      db.set(id, next.sort())
      answer.updated.push({ id, tags: next })
    }
    return Promise.resolve(answer)
  }
  return { db, requests, send }
}

describe('tagCounts', () => {
  it('counts each tag once per item, most common first, then by name', () => {
    expect(tagCounts([...items, { id: 5, tags: ['web', 'web'] }])).toEqual([
      { name: 'growth', count: 2 },
      { name: 'q4', count: 2 },
      { name: 'web', count: 2 },
    ])
  })
})

describe('previewBulkTagChange', () => {
  it('add: who gets each tag and who already has it', () => {
    const preview = previewBulkTagChange(items, 'add', ['q4', 'new'])
    expect(preview.lines).toEqual([
      { tag: 'q4', changing: 2, unchanged: 2 },
      { tag: 'new', changing: 4, unchanged: 0 },
    ])
    expect(preview.changing).toBe(4)
    expect(previewBulkTagChange(items, 'add', ['q4']).changing).toBe(2)
  })

  it('remove: who loses each tag; items without any of them do not change', () => {
    const preview = previewBulkTagChange(items, 'remove', ['growth'])
    expect(preview.lines).toEqual([{ tag: 'growth', changing: 2, unchanged: 2 }])
    expect(preview).toMatchObject({ changing: 2, unchanged: 2, dropped: [] })
  })

  it('set: who gains the new tags, which tags are dropped, and items already exactly so', () => {
    const preview = previewBulkTagChange(items, 'set', ['q4'])
    expect(preview.lines).toEqual([{ tag: 'q4', changing: 2, unchanged: 2 }])
    expect(preview.dropped).toEqual([
      { tag: 'growth', changing: 2, unchanged: 2 },
      { tag: 'web', changing: 1, unchanged: 3 },
    ])
    expect(preview).toMatchObject({ changing: 3, unchanged: 1 })
  })

  it('set to nothing clears every tag', () => {
    expect(previewBulkTagChange(items, 'set', [])).toMatchObject({ changing: 3, unchanged: 1, lines: [] })
  })
})

describe('sameTags', () => {
  it('ignores order and repeats', () => {
    expect(sameTags(['a', 'b'], ['b', 'a', 'a'])).toBe(true)
    expect(sameTags(['a'], ['a', 'b'])).toBe(false)
  })
})

describe('runBulkTagUpdate', () => {
  it('sends batches of at most 100 ids and gathers every insight answer', async () => {
    const ids = Array.from({ length: 230 }, (_, i) => i + 1)
    const server = fakeServer(Object.fromEntries(ids.filter((id) => id !== 7).map((id) => [id, []])))
    const outcome = await runBulkTagUpdate({ ids, action: 'add', tags: ['x'] }, server.send)
    expect(server.requests.map((request) => request.ids.length)).toEqual([100, 100, 30])
    expect(outcome.updated).toHaveLength(229)
    expect(outcome.skipped).toEqual([{ id: 7, reason: 'Not found or no edit access' }])
    expect(outcome.failed).toEqual([])
  })

  it('reports the ids of a failed batch and still sends the rest', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => i + 1)
    const server = fakeServer(Object.fromEntries(ids.map((id) => [id, []])), (body) => body.ids.includes(101))
    const outcome = await runBulkTagUpdate({ ids, action: 'add', tags: ['x'] }, server.send)
    expect(outcome.updated).toHaveLength(150)
    expect(outcome.failed).toHaveLength(1)
    expect(outcome.failed[0]?.ids).toEqual(ids.slice(100, 200))
    expect(server.db.get(101)).toEqual([])
    expect(server.db.get(201)).toEqual(['x'])
  })
})

describe('undo', () => {
  it('sends several set requests at once, at most four, and counts every batch once', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => i + 1)
    const server = fakeServer(Object.fromEntries(ids.map((id) => [id, []])))
    let inFlight = 0
    let most = 0
    const send = async (body: BulkTagRequest) => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 5))
      inFlight--
      return server.send(body)
    }
    const requests = ids.map((id) => ({ ids: [id], action: 'set' as const, tags: [`t${id}`] }))
    const progress: number[] = []
    const outcome = await runBulkTagRequests(requests, send, ({ done }) => progress.push(done))
    expect(most).toBe(4)
    expect(outcome.updated.map((update) => update.id).sort((a, b) => a - b)).toEqual(ids)
    for (const id of ids) expect(server.db.get(id)).toEqual([`t${id}`])
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('cuts a large set request into batches of 100 and reports a failed one', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => i + 1)
    const server = fakeServer(Object.fromEntries(ids.map((id) => [id, ['x']])), (body) => body.ids.includes(1))
    const outcome = await runBulkTagRequests([{ ids, action: 'set', tags: [] }], server.send)
    expect(server.requests.map((request) => request.ids.length)).toEqual([100, 50])
    expect(outcome.updated).toHaveLength(50)
    expect(failedIds(outcome)).toEqual(ids.slice(0, 100))
  })

  it('puts back exactly the previous tags, one set request per distinct previous tag set', async () => {
    const before = new Map(items.map((item) => [item.id, item.tags]))
    const server = fakeServer(Object.fromEntries(items.map((item) => [item.id, [...item.tags]])))
    const applied = await runBulkTagUpdate({ ids: [1, 2, 3, 4], action: 'set', tags: ['q4'] }, server.send)
    const requests = undoRequests(before, applied.updated)
    // Insight 2 already had exactly ['q4']: nothing to undo there.
    expect(requests).toEqual([
      { ids: [1], action: 'set', tags: ['growth', 'q4'] },
      { ids: [3], action: 'set', tags: [] },
      { ids: [4], action: 'set', tags: ['growth', 'web'] },
    ])
    const progress: string[] = []
    const undone = await runBulkTagRequests(requests, server.send, ({ done, total }) => progress.push(`${done}/${total}`))
    expect(undone.updated).toHaveLength(3)
    for (const item of items) expect(server.db.get(item.id)).toEqual([...item.tags].sort())
    expect(progress.at(-1)).toBe('3/3')
  })

  it('groups insights that had the same tags into one request', () => {
    const before = new Map([
      [1, ['b', 'a']],
      [2, ['a', 'b']],
    ])
    expect(
      undoRequests(before, [
        { id: 1, tags: ['a', 'b', 'c'] },
        { id: 2, tags: ['a', 'b', 'c'] },
      ]),
    ).toEqual([{ ids: [1, 2], action: 'set', tags: ['a', 'b'] }])
  })
})
