import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchInsightActivity } from './activity'
import {
  createSharePassword,
  deleteSharePassword,
  fetchSharingConfiguration,
  refreshSharingAccessToken,
  sharingKeys,
  sharingQueries,
  updateSharingConfiguration,
  useCreateSharePassword,
  useDeleteSharePassword,
} from './sharing'
import { createTestQueryClient, PROJECT_ID, queryClientWrapper, resetMockData } from './test-support'

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

/** An insight the seed never shared, so each test starts from PostHog's lazy default. */
async function unsharedInsightId(): Promise<number> {
  for (let id = 1; id <= 60; id++) {
    const config = await fetchSharingConfiguration(PROJECT_ID, id)
    if (config.created_at === null) return id
  }
  throw new Error('every seeded insight is shared')
}

beforeEach(() => resetMockData())

describe('sharing configuration', () => {
  it('keys sit under the project and insight', () => {
    expect(sharingKeys.config('1', 5)).toEqual(['sharing', '1', 5])
    expect(sharingQueries.config('1', 5).queryKey).toEqual(['sharing', '1', 5])
  })

  it('is an unsaved default until the first write, then enabled with settings and logged', async () => {
    const id = await unsharedInsightId()
    const before = await fetchSharingConfiguration(PROJECT_ID, id)
    expect(before).toMatchObject({ created_at: null, enabled: false, password_required: false, share_passwords: [] })

    const enabled = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true, settings: { noHeader: true } })
    expect(enabled.enabled).toBe(true)
    expect(enabled.access_token).toEqual(expect.any(String))
    expect(enabled.created_at).toEqual(expect.any(String))
    expect(enabled.settings).toMatchObject({ noHeader: true })

    const activity = await fetchInsightActivity(PROJECT_ID, id)
    expect(activity.results[0]?.activity).toBe('sharing enabled')
  })

  it('rotates the access token on refresh', async () => {
    const id = await unsharedInsightId()
    const first = await updateSharingConfiguration(PROJECT_ID, id, { enabled: true })
    const refreshed = await refreshSharingAccessToken(PROJECT_ID, id)
    expect(refreshed.access_token).not.toBe(first.access_token)
  })

  it('answers 404 for a deleted or unknown insight', async () => {
    expect((await rejection(fetchSharingConfiguration(PROJECT_ID, 999_999))).status).toBe(404)
  })
})

describe('share passwords', () => {
  it('are refused with 400 until password_required is on', async () => {
    const id = await unsharedInsightId()
    const error = await rejection(createSharePassword(PROJECT_ID, id, { raw_password: 'long enough' }))
    expect(error.status).toBe(400)
  })

  it('take a raw password of at least 8 characters or generate one; the raw value is answered once', async () => {
    const id = await unsharedInsightId()
    await updateSharingConfiguration(PROJECT_ID, id, { enabled: true, password_required: true })

    const short = await rejection(createSharePassword(PROJECT_ID, id, { raw_password: 'short' }))
    expect(short.status).toBe(400)
    expect(short.attr).toBe('raw_password')
    const longNote = await rejection(createSharePassword(PROJECT_ID, id, { note: 'n'.repeat(101) }))
    expect(longNote.attr).toBe('note')

    const chosen = await createSharePassword(PROJECT_ID, id, { raw_password: 'correct horse', note: 'Board' })
    expect(chosen).toMatchObject({ password: 'correct horse', note: 'Board' })
    expect(chosen.created_by_email).toContain('@')
    const generated = await createSharePassword(PROJECT_ID, id, {})
    expect(generated.password.length).toBeGreaterThanOrEqual(8)

    const config = await fetchSharingConfiguration(PROJECT_ID, id)
    expect(config.share_passwords.map((password) => password.id)).toEqual(expect.arrayContaining([chosen.id, generated.id]))
    expect(JSON.stringify(config)).not.toContain('correct horse')
  })

  it('are deleted with 204, and an unknown id answers 404', async () => {
    const id = await unsharedInsightId()
    await updateSharingConfiguration(PROJECT_ID, id, { password_required: true })
    const created = await createSharePassword(PROJECT_ID, id, {})
    await expect(deleteSharePassword(PROJECT_ID, id, created.id)).resolves.toBeUndefined()
    expect((await fetchSharingConfiguration(PROJECT_ID, id)).share_passwords).toEqual([])
    expect((await rejection(deleteSharePassword(PROJECT_ID, id, created.id))).status).toBe(404)
  })
})

describe('sharing hooks', () => {
  it('hand the created password to the caller only: it never reaches the query cache', async () => {
    const id = await unsharedInsightId()
    await updateSharingConfiguration(PROJECT_ID, id, { password_required: true })
    const client = createTestQueryClient()
    await client.fetchQuery(sharingQueries.config(PROJECT_ID, id))
    const { result, unmount } = renderHook(() => useCreateSharePassword(PROJECT_ID), { wrapper: queryClientWrapper(client) })

    const created = await act(() => result.current.mutateAsync({ insightId: id, body: { raw_password: 'hunter2-hunter2' } }))
    expect(created.password).toBe('hunter2-hunter2')

    // The mutation only invalidated the configuration; fetching it again lists the new password, without its value.
    expect(client.getQueryState(sharingKeys.config(PROJECT_ID, id))?.isInvalidated).toBe(true)
    await client.fetchQuery(sharingQueries.config(PROJECT_ID, id))
    const cached = JSON.stringify(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
    )
    expect(cached).not.toContain('hunter2-hunter2')
    expect(client.getQueryData(sharingQueries.config(PROJECT_ID, id).queryKey)?.share_passwords.map((p) => p.id)).toContain(
      created.id,
    )

    unmount()
    await waitFor(() => expect(client.getMutationCache().getAll()).toHaveLength(0))
  })

  it('remove a password from the cached list at once', async () => {
    const id = await unsharedInsightId()
    await updateSharingConfiguration(PROJECT_ID, id, { password_required: true })
    const created = await createSharePassword(PROJECT_ID, id, {})
    const client = createTestQueryClient()
    await client.fetchQuery(sharingQueries.config(PROJECT_ID, id))
    const { result } = renderHook(() => useDeleteSharePassword(PROJECT_ID), { wrapper: queryClientWrapper(client) })
    act(() => result.current.mutate({ insightId: id, passwordId: created.id }))
    await waitFor(() => expect(client.getQueryData(sharingQueries.config(PROJECT_ID, id).queryKey)?.share_passwords).toEqual([]))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
  })
})
