import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchSharedInsight, sharedQueries, unlockSharedInsight } from './shared'
import { createSharePassword, fetchSharingConfiguration, updateSharingConfiguration } from './sharing'
import { PROJECT_ID, resetMockData } from './test-support'
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

  it('never sends the personal API key to the public endpoint', async () => {
    const id = await sharedInsightId()
    const token = (await updateSharingConfiguration(PROJECT_ID, id, { enabled: true })).access_token ?? ''
    const state = useConnectionStore.getState()
    state.save({ mode: 'api', host: '', apiKey: 'phx_secret_key', projectId: '1', pathFamily: 'projects', rememberKey: false })
    const sent: (string | null)[] = []
    const listener = ({ request }: { request: Request }) => void sent.push(request.headers.get('authorization'))
    mockServer.events.on('request:start', listener)
    try {
      await fetchSharedInsight(token, null)
      await unlockSharedInsight(token, 'wrong-password').catch(() => undefined)
    } finally {
      mockServer.events.removeListener('request:start', listener)
      state.save({ ...state, mode: 'mock', apiKey: '' })
    }
    expect(sent).toEqual([null, null])
  })

  it('serves an enabled link, and 404 once sharing is off or the token rotated', async () => {
    const id = await sharedInsightId()
    const config = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true })
    const token = config.access_token ?? ''
    const shared = await fetchSharedInsight(token, null)
    expect(shared.insight.id).toBe(id)
    expect(shared.accessToken).toBe(token)
    await updateSharingConfiguration(PROJECT_ID, id, { enabled: false })
    expect(await status(fetchSharedInsight(token, null))).toBe(404)
  })

  it('asks for a password on a protected link and trades the right one for a share token', async () => {
    const id = await sharedInsightId()
    const config = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true, password_required: true })
    const token = config.access_token ?? ''
    await createSharePassword(PROJECT_ID, id, { raw_password: 'open sesame' })

    expect(await status(fetchSharedInsight(token, null))).toBe(401)
    expect(await status(unlockSharedInsight(token, 'wrong password'))).toBe(401)
    const { shareToken } = await unlockSharedInsight(token, 'open sesame')
    const shared = await fetchSharedInsight(token, shareToken)
    expect(shared.insight.id).toBe(id)
  })
})
