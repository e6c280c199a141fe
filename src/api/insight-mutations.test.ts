import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { ApiError } from './http'
import { insightKeys, insightQueries, useBulkUpdateInsightTags, useUpdateInsight } from './insights'
import type { InsightBasic, InsightBasicList } from './schemas/insight'
import { createTestQueryClient, gate, PROJECT_ID, queryClientWrapper, resetMockData } from './test-support'

beforeEach(() => resetMockData())

/** Holds the next matching request until `open()`, then refuses it the way PostHog refuses a bad field. */
function refuseNext(method: 'patch' | 'post', path: string, attr: string) {
  const held = gate()
  mockServer.use(
    http[method](
      `*/api/:family/:projectId/${path}`,
      async () => {
        await held.opened
        return HttpResponse.json(
          { type: 'validation_error', code: 'invalid', detail: 'Refused by the test.', attr },
          { status: 400 },
        )
      },
      { once: true },
    ),
  )
  return held
}

async function loadedClient() {
  const client = createTestQueryClient()
  const list = await client.fetchQuery(insightQueries.list(PROJECT_ID, { limit: 20 }))
  const target = list.results.find((insight) => !insight.favorited) ?? list.results[0]
  if (!target) throw new Error('seed has no insights')
  await client.fetchQuery(insightQueries.detail(PROJECT_ID, target.id))
  await client.fetchQuery(insightQueries.detail(PROJECT_ID, target.short_id))
  return { client, target }
}

function cachedCopies(client: ReturnType<typeof createTestQueryClient>, id: number): InsightBasic[] {
  const copies: InsightBasic[] = []
  for (const [, data] of client.getQueriesData<InsightBasic | InsightBasicList>({ queryKey: insightKeys.project(PROJECT_ID) })) {
    if (!data) continue
    if ('results' in data) copies.push(...data.results.filter((insight) => insight.id === id))
    else if (data.id === id) copies.push(data)
  }
  return copies
}

describe('useUpdateInsight', () => {
  it('shows a favorite at once in the list and both detail caches, and rolls it back when refused', async () => {
    const { client, target } = await loadedClient()
    const held = refuseNext('patch', 'insights/:id/', 'favorited')
    const { result } = renderHook(() => useUpdateInsight(PROJECT_ID), { wrapper: queryClientWrapper(client) })

    act(() => result.current.mutate({ id: target.id, patch: { favorited: !target.favorited } }))
    await waitFor(() => expect(result.current.isPending).toBe(true))
    await waitFor(() => {
      const copies = cachedCopies(client, target.id)
      expect(copies).toHaveLength(3)
      expect(copies.every((copy) => copy.favorited === !target.favorited)).toBe(true)
    })

    held.open()
    await waitFor(() => expect(result.current.isError).toBe(true))
    const error = result.current.error
    expect(error).toBeInstanceOf(ApiError)
    expect(error instanceof ApiError ? error.attr : null).toBe('favorited')
    expect(cachedCopies(client, target.id).every((copy) => copy.favorited === target.favorited)).toBe(true)
  })

  it('keeps the favorite when the server accepts it, with the server’s copy in the detail cache', async () => {
    const { client, target } = await loadedClient()
    const { result } = renderHook(() => useUpdateInsight(PROJECT_ID), { wrapper: queryClientWrapper(client) })
    await act(() => result.current.mutateAsync({ id: target.id, patch: { favorited: true } }))
    expect(client.getQueryData(insightKeys.detail(PROJECT_ID, target.id))).toMatchObject({ id: target.id, favorited: true })
    expect(client.getQueryData(insightKeys.detail(PROJECT_ID, target.short_id))).toMatchObject({ favorited: true })
    // The list is only marked stale (nothing observes it here); its optimistic value already agrees with the server.
    const list = client.getQueryState(insightQueries.list(PROJECT_ID, { limit: 20 }).queryKey)
    expect(list?.isInvalidated).toBe(true)
  })

  it('shows new tags at once, deduplicated as PostHog stores them, and rolls back when refused', async () => {
    const { client, target } = await loadedClient()
    const held = refuseNext('patch', 'insights/:id/', 'tags')
    const { result } = renderHook(() => useUpdateInsight(PROJECT_ID), { wrapper: queryClientWrapper(client) })

    act(() => result.current.mutate({ id: target.id, patch: { tags: ['Growth ', 'growth', 'q4'] } }))
    await waitFor(() => expect(cachedCopies(client, target.id).every((copy) => copy.tags.join() === 'growth,q4')).toBe(true))

    held.open()
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(cachedCopies(client, target.id).every((copy) => copy.tags.join() === target.tags.join())).toBe(true)
  })

  it('renames at once and ends with the server’s answer', async () => {
    const { client, target } = await loadedClient()
    const { result } = renderHook(() => useUpdateInsight(PROJECT_ID), { wrapper: queryClientWrapper(client) })
    act(() => result.current.mutate({ id: target.id, patch: { name: 'Checkout funnel — EU' } }))
    await waitFor(() => expect(cachedCopies(client, target.id).every((copy) => copy.name === 'Checkout funnel — EU')).toBe(true))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.name).toBe('Checkout funnel — EU')
  })

  it('removes a soft-deleted insight from cached lists and drops its detail caches', async () => {
    const { client, target } = await loadedClient()
    const { result } = renderHook(() => useUpdateInsight(PROJECT_ID), { wrapper: queryClientWrapper(client) })
    await act(() => result.current.mutateAsync({ id: target.id, patch: { deleted: true } }))
    const list = client.getQueryData(insightQueries.list(PROJECT_ID, { limit: 20 }).queryKey)
    expect(list?.results.some((insight) => insight.id === target.id)).toBe(false)
    expect(client.getQueryData(insightKeys.detail(PROJECT_ID, target.id))).toBeUndefined()
    expect(client.getQueryData(insightKeys.detail(PROJECT_ID, target.short_id))).toBeUndefined()
  })
})

describe('useBulkUpdateInsightTags', () => {
  it('applies add/remove to every cached copy at once and rolls back when refused', async () => {
    const client = createTestQueryClient()
    const list = await client.fetchQuery(insightQueries.list(PROJECT_ID, { limit: 5 }))
    const ids = list.results.map((insight) => insight.id)
    const before = new Map(list.results.map((insight) => [insight.id, insight.tags]))
    const held = refuseNext('post', 'insights/bulk_update_tags/', 'tags')
    const { result } = renderHook(() => useBulkUpdateInsightTags(PROJECT_ID), { wrapper: queryClientWrapper(client) })

    act(() => result.current.mutate({ ids, action: 'add', tags: ['bulk-tagged'] }))
    await waitFor(() => {
      for (const id of ids) expect(cachedCopies(client, id)[0]?.tags).toContain('bulk-tagged')
    })

    held.open()
    await waitFor(() => expect(result.current.isError).toBe(true))
    for (const id of ids) expect(cachedCopies(client, id)[0]?.tags).toEqual(before.get(id))
  })

  it('answers with the tags the server stored', async () => {
    const client = createTestQueryClient()
    const { result } = renderHook(() => useBulkUpdateInsightTags(PROJECT_ID), { wrapper: queryClientWrapper(client) })
    const response = await act(() => result.current.mutateAsync({ ids: [1, 2], action: 'set', tags: ['kpi'] }))
    expect(response.updated).toEqual([
      { id: 1, tags: ['kpi'] },
      { id: 2, tags: ['kpi'] },
    ])
  })
})
