import { describe, expect, it } from 'vitest'
import { bulkUpdateTagsResponseSchema, tagListSchema } from '@/api/schemas/tag'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

function live(index: number) {
  const insight = backend.store().db.insights.filter((candidate) => candidate.project_id === 1 && !candidate.deleted)[index]
  if (!insight) throw new Error('seed too small')
  return insight
}

const bulk = (body: unknown) => call(`${P}/insights/bulk_update_tags/`, { method: 'POST', body })

describe('tags', () => {
  it('lists every tag name in use in the project, sorted', async () => {
    const tags = tagListSchema.parse((await call(`${P}/tags/`)).body)
    expect(tags).toEqual([...tags].sort())
    expect(tags).toContain('growth')
    expect(new Set(tags).size).toBe(tags.length)
  })

  it('adds, removes and sets tags in bulk, normalising names', async () => {
    const a = live(0)
    const b = live(1)
    const added = bulkUpdateTagsResponseSchema.parse(
      (await bulk({ ids: [a.id, b.id], action: 'add', tags: ['Launch', 'kpi'] })).body,
    )
    expect(added.skipped).toEqual([])
    expect(added.updated.every((row) => row.tags.includes('launch') && row.tags.includes('kpi'))).toBe(true)
    const removed = bulkUpdateTagsResponseSchema.parse((await bulk({ ids: [a.id], action: 'remove', tags: ['launch'] })).body)
    expect(removed.updated[0]?.tags).not.toContain('launch')
    const set = bulkUpdateTagsResponseSchema.parse((await bulk({ ids: [b.id], action: 'set', tags: [] })).body)
    expect(set.updated).toEqual([{ id: b.id, tags: [] }])
    expect(backend.store().insight(b.id)?.tags).toEqual([])
  })

  it('skips ids that do not exist (or are deleted) with a reason', async () => {
    const deleted = backend.store().db.insights.find((insight) => insight.deleted)
    const answer = bulkUpdateTagsResponseSchema.parse(
      (await bulk({ ids: [live(0).id, 999999, deleted?.id ?? 0], action: 'add', tags: ['x'] })).body,
    )
    expect(answer.updated).toHaveLength(1)
    expect(answer.skipped).toEqual([
      { id: 999999, reason: 'Not found or no edit access' },
      { id: deleted?.id ?? 0, reason: 'Not found or no edit access' },
    ])
  })

  it('validates action, ids and tags like PostHog', async () => {
    expect(record((await bulk({ ids: [1], action: 'merge', tags: ['x'] })).body)).toMatchObject({
      attr: 'action',
      code: 'invalid_choice',
      detail: '"merge" is not a valid choice.',
    })
    expect(record((await bulk({ ids: [], action: 'add', tags: ['x'] })).body)).toMatchObject({
      attr: 'ids',
      detail: 'This list may not be empty.',
    })
    expect(record((await bulk({ action: 'add', tags: ['x'] })).body)).toMatchObject({
      attr: 'ids',
      code: 'required',
      detail: 'This field is required.',
    })
    expect(record((await bulk({ ids: [1], action: 'remove', tags: [] })).body)).toMatchObject({
      attr: 'tags',
      detail: "tags must not be empty for action 'remove'.",
    })
  })
})
