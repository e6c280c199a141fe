import type { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { fetchInsightBasicList, insightKeys } from '@/api/insights'
import type { InsightBasic } from '@/api/schemas/insight'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { bulkTagSender, freshestCopies } from './bulk-tags-run'

describe('bulk tags run', () => {
  let client: QueryClient
  let rows: InsightBasic[]
  beforeEach(async () => {
    resetMockData(20)
    client = createTestQueryClient()
    rows = (await fetchInsightBasicList(PROJECT_ID, { limit: 3, order: 'name' })).results
  })

  const page = (results: InsightBasic[]) => ({ count: results.length, next: null, previous: null, results })

  it('reads each selected insight from its newest cached copy, else from the selection', () => {
    const [a, b, c] = rows as [InsightBasic, InsightBasic, InsightBasic]
    client.setQueryData(insightKeys.list(PROJECT_ID, { page: 1 }), page([{ ...a, tags: ['old'] }]), { updatedAt: 1_000 })
    client.setQueryData(
      insightKeys.list(PROJECT_ID, { page: 2 }),
      page([
        { ...a, tags: ['new'] },
        { ...b, tags: ['b'] },
      ]),
      {
        updatedAt: 2_000,
      },
    )
    client.setQueryData(insightKeys.detail(PROJECT_ID, a.id), { ...a, tags: ['older-detail'] }, { updatedAt: 500 })
    const fresh = freshestCopies(client, PROJECT_ID, [a, b, c])
    expect(fresh.map((insight) => insight.tags)).toEqual([['new'], ['b'], c.tags])
  })

  it('sends a batch through the optimistic mutation: cached copies change and the answer comes back', async () => {
    const key = insightKeys.list(PROJECT_ID, { page: 1 })
    client.setQueryData(key, page(rows))
    const answer = await bulkTagSender(client, PROJECT_ID)({ ids: rows.map((row) => row.id), action: 'add', tags: ['zz'] })
    expect(answer.updated.map((update) => update.id)).toEqual(rows.map((row) => row.id))
    expect(answer.updated.every((update) => update.tags.includes('zz'))).toBe(true)
    const cached = client.getQueryData<ReturnType<typeof page>>(key)
    expect(cached?.results.every((row) => row.tags.includes('zz'))).toBe(true)
  })
})
