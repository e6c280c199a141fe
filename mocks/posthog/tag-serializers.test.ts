import { describe, expect, it } from 'vitest'
import { bulkUpdateTagsResponseSchema, tagListSchema } from '@/api/schemas/tag'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { keyDrift } from './inventory'
import {
  bulkUpdateTagsErrorSerializer,
  bulkUpdateTagsItemSerializer,
  bulkUpdateTagsResponseSerializer,
  tagSearchPage,
} from './tag-serializers'

const backend = useMockBackend(40)

const NO_DRIFT = { extra: [], missing: [] }

const bulk = (body: unknown) => call(`${P}/insights/bulk_update_tags/`, { method: 'POST', body })

describe('POST insights/bulk_update_tags/ (TaggedItemViewSetMixin.bulk_update_tags)', () => {
  it('answers 200 with exactly BulkUpdateTagsResponseSerializer’s fields, each row its item or error serializer', async () => {
    const insight = backend.store().db.insights.find((candidate) => candidate.project_id === 1 && !candidate.deleted)
    if (!insight) throw new Error('seed lacks a live insight')
    const answer = await bulk({ ids: [insight.id, insight.id, 999999], action: 'add', tags: [' Launch ', ''] })
    expect(answer.status).toBe(200)
    const body = record(answer.body)
    expect(keyDrift(bulkUpdateTagsResponseSerializer, body)).toEqual(NO_DRIFT)
    const updated = body.updated as Record<string, unknown>[]
    const skipped = body.skipped as Record<string, unknown>[]
    expect(updated).toHaveLength(1)
    for (const row of updated) expect(keyDrift(bulkUpdateTagsItemSerializer, row)).toEqual(NO_DRIFT)
    for (const row of skipped) expect(keyDrift(bulkUpdateTagsErrorSerializer, row)).toEqual(NO_DRIFT)
    expect(skipped).toEqual([{ id: 999999, reason: 'Not found or no edit access' }])
    expect(updated[0]?.tags).toContain('launch')
    expect(updated[0]?.tags).not.toContain('')
    expect(bulkUpdateTagsResponseSchema.safeParse(body).success).toBe(true)
  })

  it('refuses what BulkUpdateTagsRequestSerializer refuses, naming the field', async () => {
    const tooMany = Array.from({ length: 101 }, (_, index) => `t${index}`)
    expect(record((await bulk({ ids: [1], action: 'add', tags: tooMany })).body)).toMatchObject({
      type: 'validation_error',
      code: 'max_length',
      attr: 'tags',
    })
    expect(record((await bulk({ ids: [1], action: 'add', tags: ['x'.repeat(256)] })).body)).toMatchObject({
      code: 'max_length',
      attr: 'tags__0',
    })
    const ids = Array.from({ length: 500 }, (_, index) => index + 1)
    const tags = Array.from({ length: 21 }, (_, index) => `t${index}`)
    const tooMuch = await bulk({ ids, action: 'add', tags })
    expect(tooMuch.status).toBe(400)
    expect(record(tooMuch.body)).toMatchObject({ attr: 'tags', detail: expect.stringContaining('10000') as unknown })
  })
})

describe('GET tags/ (TaggedItemViewSet.list)', () => {
  it('is a bare sorted list of names, or a page of them with search', async () => {
    const all = tagListSchema.parse((await call(`${P}/tags/`)).body)
    expect(all).toEqual([...all].sort())
    const page = record((await call(`${P}/tags/?search=GRO`)).body)
    expect(keyDrift(tagSearchPage, page)).toEqual(NO_DRIFT)
    expect(page.results).toEqual(all.filter((name) => name.includes('gro')))
  })
})
