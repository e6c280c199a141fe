import { describe, expect, it } from 'vitest'
import type { BulkTagAnswer, BulkTagRequest } from './bulk-tag-plan'
import { previewTagOperation, renameProblem, runTagOperation, tagOperationSteps } from './tag-operation-plan'

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
        body.action === 'add' ? [...new Set([...current, ...body.tags])] : current.filter((tag) => !body.tags.includes(tag))
      db.set(id, next.sort())
      answer.updated.push({ id, tags: next })
    }
    return Promise.resolve(answer)
  }
  return { db, requests, send }
}

const ids = (count: number, from = 1) => Array.from({ length: count }, (_, i) => i + from)

describe('tagOperationSteps', () => {
  it('rename and merge add the new tag before removing the old one', () => {
    expect(tagOperationSteps({ kind: 'rename', from: 'old', to: 'new' })).toEqual([
      { action: 'add', tag: 'new' },
      { action: 'remove', tag: 'old' },
    ])
    expect(tagOperationSteps({ kind: 'merge', from: 'a', into: 'b' })).toEqual([
      { action: 'add', tag: 'b' },
      { action: 'remove', tag: 'a' },
    ])
    expect(tagOperationSteps({ kind: 'delete', tag: 'x' })).toEqual([{ action: 'remove', tag: 'x' }])
  })
})

describe('previewTagOperation', () => {
  it('counts the insights that change and those already carrying the target', () => {
    const carriers = [
      { id: 1, tags: ['a', 'b'] },
      { id: 2, tags: ['a'] },
      { id: 3, tags: ['a'] },
    ]
    expect(previewTagOperation({ kind: 'merge', from: 'a', into: 'b' }, carriers)).toEqual({ changing: 3, alreadyTarget: 1 })
    expect(previewTagOperation({ kind: 'delete', tag: 'a' }, carriers)).toEqual({ changing: 3, alreadyTarget: 0 })
  })
})

describe('renameProblem', () => {
  it('refuses blank, unchanged, too long and taken names', () => {
    expect(renameProblem('a', '', ['a'])).toBe('Enter a new name.')
    expect(renameProblem('a', 'a', ['a'])).toMatch(/same as the old/)
    expect(renameProblem('a', 'x'.repeat(256), ['a'])).toMatch(/at most 255/)
    expect(renameProblem('a', 'b', ['a', 'b'])).toMatch(/already exists. Use Merge/)
    expect(renameProblem('a', 'c', ['a', 'b'])).toBeNull()
  })
})

describe('runTagOperation', () => {
  it('renames on every carrier in batches, reporting progress per step', async () => {
    const server = fakeServer(Object.fromEntries(ids(150).map((id) => [id, ['old', 'keep']])))
    const progress: string[] = []
    const outcome = await runTagOperation({ kind: 'rename', from: 'old', to: 'new' }, ids(150), server.send, (p) =>
      progress.push(`${p.step + 1}/${p.steps} ${p.done}/${p.total}`),
    )
    expect(outcome).toMatchObject({ done: ids(150), halfway: [], untouched: [], skipped: [], error: null })
    expect(server.requests.map((r) => `${r.action} ${r.tags.join()} ${r.ids.length}`)).toEqual([
      'add new 100',
      'add new 50',
      'remove old 100',
      'remove old 50',
    ])
    for (const tags of server.db.values()) expect(tags).toEqual(['keep', 'new'])
    expect(progress).toEqual(['1/2 0/150', '1/2 100/150', '1/2 150/150', '2/2 0/150', '2/2 100/150', '2/2 150/150'])
  })

  it('never leaves an insight without either tag when a batch of the first step fails', async () => {
    const server = fakeServer(Object.fromEntries(ids(150).map((id) => [id, ['old']])), (body) =>
      body.action === 'add' ? body.ids.includes(1) : false,
    )
    const outcome = await runTagOperation({ kind: 'rename', from: 'old', to: 'new' }, ids(150), server.send)
    expect(outcome.untouched).toEqual(ids(100))
    expect(outcome.done).toEqual(ids(50, 101))
    expect(outcome.error).toBeInstanceOf(Error)
    // The removal was only asked for the insights that got the new tag.
    expect(server.requests.filter((r) => r.action === 'remove').flatMap((r) => r.ids)).toEqual(ids(50, 101))
    for (const [id, tags] of server.db) expect(tags).toEqual(id <= 100 ? ['old'] : ['new'])
  })

  it('a failed removal leaves both tags and says so', async () => {
    const server = fakeServer(Object.fromEntries(ids(120).map((id) => [id, ['a']])), (body) =>
      body.action === 'remove' ? body.ids.includes(101) : false,
    )
    const outcome = await runTagOperation({ kind: 'merge', from: 'a', into: 'b' }, ids(120), server.send)
    expect(outcome.halfway).toEqual(ids(20, 101))
    expect(outcome.done).toEqual(ids(100))
    expect(server.db.get(110)).toEqual(['a', 'b'])
  })

  it('counts insights gone since the preview as skipped, not failed', async () => {
    const server = fakeServer({ 1: ['x'] })
    const outcome = await runTagOperation({ kind: 'delete', tag: 'x' }, [1, 2], server.send)
    expect(outcome).toMatchObject({ done: [1], skipped: [2], untouched: [], halfway: [] })
  })
})
