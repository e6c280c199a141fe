import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchSharedInsight, sharedQueries, unlockSharedInsight } from './shared'
import { createSharePassword, fetchSharingConfiguration, updateSharingConfiguration } from './sharing'
import { PROJECT_ID, resetMockData } from './test-support'
import { http, HttpResponse } from 'msw'
import { mockServer } from '@mocks/node'
import { useConnectionStore } from '@/stores/connection-store'

beforeEach(() => resetMockData())

async function status(promise: Promise<unknown>): Promise<number | null> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  return error instanceof ApiError ? error.status : null
}

async function sharedInsightId(): Promise<number> {
  for (let id = 1; id <= 60; id++) {
    if ((await fetchSharingConfiguration(PROJECT_ID, id)).created_at === null) return id
  }
  throw new Error('every seeded insight is shared')
}

describe('shared insight viewer', () => {
  it('keys carry the share token so an unlock refetches', () => {
    expect(sharedQueries.insight('tok').queryKey).toEqual(['shared', 'tok', null])
    expect(sharedQueries.insight('tok', 'unlocked').queryKey).toEqual(['shared', 'tok', 'unlocked'])
  })

  it('reads PostHog’s /shared/:token.json on the host, never sending the personal API key', async () => {
    const id = await sharedInsightId()
    const token = (await updateSharingConfiguration(PROJECT_ID, id, { enabled: true })).access_token ?? ''
    const state = useConnectionStore.getState()
    state.save({ mode: 'api', host: '', apiKey: 'phx_secret_key', projectId: '1', pathFamily: 'projects', rememberKey: false })
    const sent: { path: string; authorization: string | null }[] = []
    const listener = ({ request }: { request: Request }) =>
      void sent.push({ path: new URL(request.url).pathname, authorization: request.headers.get('authorization') })
    mockServer.events.on('request:start', listener)
    try {
      await fetchSharedInsight(token, null)
      await unlockSharedInsight(token, 'wrong-password').catch(() => undefined)
    } finally {
      mockServer.events.removeListener('request:start', listener)
      state.save({ ...state, mode: 'mock', apiKey: '' })
    }
    expect(sent).toEqual([
      { path: `/shared/${token}.json`, authorization: null },
      { path: `/shared/${token}.json`, authorization: null },
    ])
  })

  it('serves an enabled link, and 404 once sharing is off or the token rotated', async () => {
    const id = await sharedInsightId()
    const config = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true })
    const token = config.access_token ?? ''
    const shared = await fetchSharedInsight(token, null)
    if (shared.locked) throw new Error('an open share read as locked')
    expect(shared.share.insight.id).toBe(id)
    expect(shared.share.accessToken).toBe(token)
    await updateSharingConfiguration(PROJECT_ID, id, { enabled: false })
    expect(await status(fetchSharedInsight(token, null))).toBe(404)
  })

  it('reads PostHog’s unlock page (HTML 200) as locked, and sends the traded share token as Bearer', async () => {
    const id = await sharedInsightId()
    const config = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true, password_required: true })
    const token = config.access_token ?? ''
    await createSharePassword(PROJECT_ID, id, { raw_password: 'open sesame' })

    expect(await fetchSharedInsight(token, null)).toEqual({ locked: true })
    expect(await fetchSharedInsight(token, 'stale-share-token')).toEqual({ locked: true })
    const wrong: unknown = await unlockSharedInsight(token, 'wrong password').catch((error: unknown) => error)
    expect(wrong).toBeInstanceOf(ApiError)
    expect(wrong).toMatchObject({ status: 401, detail: 'Incorrect password' })
    const { shareToken } = await unlockSharedInsight(token, 'open sesame')
    const sent: (string | null)[] = []
    const listener = ({ request }: { request: Request }) => void sent.push(request.headers.get('authorization'))
    mockServer.events.on('request:start', listener)
    try {
      const shared = await fetchSharedInsight(token, shareToken)
      if (shared.locked) throw new Error('the share token did not unlock the link')
      expect(shared.share.insight.id).toBe(id)
    } finally {
      mockServer.events.removeListener('request:start', listener)
    }
    expect(sent).toEqual([`Bearer ${shareToken}`])
  })

  it('reads JSON exported_data of type "unlock" as locked, and other HTML as an unreadable answer', async () => {
    mockServer.use(http.get('*/shared/json-unlock.json', () => HttpResponse.json({ type: 'unlock' })))
    expect(await fetchSharedInsight('json-unlock', null)).toEqual({ locked: true })
    mockServer.use(http.get('*/shared/spa.json', () => HttpResponse.html('<!doctype html><div id="root"></div>')))
    const error: unknown = await fetchSharedInsight('spa', null).catch((reason: unknown) => reason)
    expect(error).toMatchObject({ code: 'invalid_json' })
  })

  it('asks the connection’s host in API mode', async () => {
    const state = useConnectionStore.getState()
    state.save({
      mode: 'api',
      host: 'https://ph.example.test/',
      apiKey: 'phx_k',
      projectId: '1',
      pathFamily: 'projects',
      rememberKey: false,
    })
    const urls: string[] = []
    mockServer.use(
      http.get('https://ph.example.test/shared/:token', ({ request }) => {
        urls.push(request.url)
        return HttpResponse.json({ type: 'unlock' })
      }),
    )
    try {
      expect(await fetchSharedInsight('a/b', null)).toEqual({ locked: true })
    } finally {
      state.save({ ...state, mode: 'mock', host: '', apiKey: '' })
    }
    expect(urls).toEqual(['https://ph.example.test/shared/a%2Fb.json'])
  })
})
