import { z } from 'zod/mini'
import { describe, expect, it, vi } from 'vitest'
import { setMockChaos } from '@mocks/handlers/runtime'

/** http.ts reads the timeout override once, when it loads: each case imports a fresh copy after setting it. */
async function loadClient(timeoutMs: number) {
  localStorage.setItem('insight-desk:request-timeout', String(timeoutMs))
  vi.resetModules()
  return import('./http')
}

const anything = z.unknown()

describe('request time-out', () => {
  it('turns a request that never gets an answer into a transient ApiError, so it is retried, not left spinning', async () => {
    const { apiJson, ApiError } = await loadClient(150)
    setMockChaos({ failureRate: 1, modes: ['timeout'], extraLatency: 0, seed: 1 })
    const failure: unknown = await apiJson(anything, { path: 'users/@me/' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ status: 0, code: 'timeout', method: 'GET', isTransient: true })
    expect((failure as Error).message).toBe('No answer from the server within 1 second. Try again in a moment.')
  })

  it('still lets the caller cancel: a cancelled request rejects as an abort, not as a failure to show', async () => {
    const { apiJson, ApiError } = await loadClient(5_000)
    setMockChaos({ failureRate: 1, modes: ['timeout'], extraLatency: 0, seed: 1 })
    const controller = new AbortController()
    const pending = apiJson(anything, { path: 'users/@me/', signal: controller.signal }).catch((error: unknown) => error)
    controller.abort()
    const failure = await pending
    expect(failure).not.toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ name: 'AbortError' })
  })

  it('gives a blocking recalculation and a CSV export the time PostHog needs, while an ordinary read times out', async () => {
    const { apiJson, apiText } = await loadClient(100)
    setMockChaos({ failureRate: 0, modes: [], extraLatency: 300, seed: null })
    await expect(apiJson(anything, { path: 'projects/1/insights/', query: { limit: 1 } })).rejects.toMatchObject({
      code: 'timeout',
    })
    await expect(
      apiJson(anything, { path: 'projects/1/insights/', query: { limit: 1, refresh: 'blocking' } }),
    ).resolves.toMatchObject({
      count: expect.any(Number) as number,
    })
    await expect(apiText({ path: 'projects/1/insights/', query: { limit: 1 } })).resolves.toContain('short_id')
  })

  it('names the method of a failed write, for the retry policy', async () => {
    const { apiJson } = await loadClient(5_000)
    setMockChaos({ failureRate: 1, modes: ['error'], extraLatency: 0, seed: 1 })
    await expect(apiJson(anything, { method: 'PATCH', path: 'projects/1/insights/1/', body: {} })).rejects.toMatchObject({
      status: 500,
      method: 'PATCH',
      isTransient: true,
    })
  })
})

describe('a time-out while the answer is still arriving', () => {
  /** A fetch whose headers arrive at once and whose body then stalls until the request's signal ends it. */
  function stallingFetch(_url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"results": ['))
        init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason))
      },
    })
    return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }))
  }

  it('says the server did not answer in time, not that its answer was not JSON', async () => {
    const { apiJson } = await loadClient(100)
    vi.stubGlobal('fetch', stallingFetch)
    try {
      await expect(apiJson(anything, { path: 'projects/1/insights/' })).rejects.toMatchObject({ code: 'timeout', status: 0 })
      const controller = new AbortController()
      const cancelled = apiJson(anything, { path: 'projects/1/insights/', signal: controller.signal }).catch(
        (error: unknown) => error,
      )
      setTimeout(() => controller.abort(), 10)
      expect(await cancelled).toMatchObject({ name: 'AbortError' })
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('holding requests until the demo mock listens', () => {
  it('sends nothing before the hold ends, then sends what waited; a failed start lets requests go', async () => {
    const { apiJson, holdRequestsUntil } = await loadClient(5_000)
    setMockChaos(null)
    const sent = vi.spyOn(globalThis, 'fetch')
    let started!: () => void
    holdRequestsUntil(new Promise<void>((resolve) => (started = resolve)))
    const answer = apiJson(anything, { path: 'users/@me/' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sent).not.toHaveBeenCalled()
    started()
    await expect(answer).resolves.toMatchObject({ email: expect.any(String) as string })
    expect(sent).toHaveBeenCalledTimes(1)

    holdRequestsUntil(Promise.reject(new Error('no service worker')))
    await expect(apiJson(anything, { path: 'users/@me/' })).resolves.toMatchObject({ email: expect.any(String) as string })
    sent.mockRestore()
  })

  it('takes an answer the mock worked out in the page (index.html asked) without waiting for the hold', async () => {
    const { apiJson, holdRequestsUntil } = await loadClient(5_000)
    const sent = vi.spyOn(globalThis, 'fetch')
    holdRequestsUntil(new Promise<void>(() => undefined))
    window.__insightDeskEarly = { '/api/projects/1/': Promise.resolve(Response.json({ id: 1, name: 'Answered early' })) }
    try {
      await expect(apiJson(anything, { path: 'projects/1/' })).resolves.toEqual({ id: 1, name: 'Answered early' })
      expect(sent).not.toHaveBeenCalled()
    } finally {
      delete window.__insightDeskEarly
      holdRequestsUntil(Promise.resolve())
      sent.mockRestore()
    }
  })
})
