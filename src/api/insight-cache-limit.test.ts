import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { limitCachedInsightDetails } from './insight-cache-limit'
import { insightKeys } from './insights'

/** Opens insight `id` (a page watches its detail) and closes it again, as navigating to it and away would. */
function visit(client: QueryClient, id: number, at: number) {
  client.setQueryData(insightKeys.detail('1', id), { id }, { updatedAt: at })
  const observer = new QueryObserver(client, { queryKey: insightKeys.detail('1', id), staleTime: Infinity })
  const unsubscribe = observer.subscribe(() => undefined)
  return unsubscribe
}

const cachedDetailIds = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll({ queryKey: insightKeys.details('1') })
    .map((query) => Number(query.queryKey[3]))
    .sort((a, b) => a - b)

describe('limitCachedInsightDetails', () => {
  it('keeps only the most recently loaded details once their pages close', () => {
    const client = new QueryClient()
    limitCachedInsightDetails(client, 3)
    for (let id = 1; id <= 6; id++) visit(client, id, id)()
    expect(cachedDetailIds(client)).toEqual([4, 5, 6])
  })

  it('never drops a detail a page still shows, nor other queries', () => {
    const client = new QueryClient()
    limitCachedInsightDetails(client, 1)
    const stillOpen = visit(client, 1, 1)
    client.setQueryData(insightKeys.list('1', {}), { count: 0 })
    for (let id = 2; id <= 4; id++) visit(client, id, id)()
    expect(cachedDetailIds(client)).toEqual([1, 4])
    expect(client.getQueryData(insightKeys.list('1', {}))).toEqual({ count: 0 })
    stillOpen()
  })
})
