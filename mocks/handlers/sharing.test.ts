import { describe, expect, it } from 'vitest'
import { createdSharePasswordSchema, sharingConfigurationSchema } from '@/api/schemas/sharing'
import { sharedInsightSchema, sharedUnlockResponseSchema } from '@/api/schemas/shared'
import { setMockAuthMode } from './runtime'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

/** An insight nobody has shared yet. */
function unshared() {
  const store = backend.store()
  const insight = store.db.insights.find(
    (candidate) => candidate.project_id === 1 && !candidate.deleted && !store.sharingFor(candidate.id),
  )
  if (!insight) throw new Error('seed has no unshared insight')
  return insight
}

async function sharing(id: number, init: Parameters<typeof call>[1] = {}, suffix = '') {
  return call(`${P}/insights/${id}/sharing/${suffix}`, init)
}

describe('sharing configuration', () => {
  it('answers an unsaved configuration until sharing is first changed', async () => {
    const insight = unshared()
    const body = record((await sharing(insight.id)).body)
    // PostHog's unsaved configuration already carries the model's default token; it is saved only on the first write.
    expect(body).toEqual({
      created_at: null,
      enabled: false,
      access_token: expect.stringMatching(/^[A-Za-z0-9]{22}$/) as unknown,
      settings: null,
      password_required: false,
      share_passwords: [],
    })
    expect(sharingConfigurationSchema.parse(body).created_at).toBeNull()
    expect(backend.store().sharingFor(insight.id)).toBeUndefined()
  })

  it('enables, changes settings and password_required with PATCH', async () => {
    const insight = unshared()
    const enabled = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true, settings: { whitelabel: true } } })).body,
    )
    expect(enabled).toMatchObject({ enabled: true, settings: { whitelabel: true }, password_required: false })
    expect(enabled.access_token).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(enabled.created_at).not.toBeNull()
    const protectedShare = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { password_required: true } })).body,
    )
    expect(protectedShare).toMatchObject({ enabled: true, password_required: true, access_token: enabled.access_token })
    expect((await sharing(insight.id, { method: 'PATCH', body: { enabled: 'on' } })).status).toBe(400)
  })

  it('rotates the access token on refresh', async () => {
    const insight = unshared()
    const before = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    const after = sharingConfigurationSchema.parse((await sharing(insight.id, { method: 'POST' }, 'refresh/')).body)
    expect(after.access_token).not.toBe(before.access_token)
    expect(after.enabled).toBe(true)
  })

  it('answers 404 for a deleted or unknown insight', async () => {
    const deleted = backend.store().db.insights.find((insight) => insight.deleted)
    expect((await sharing(deleted?.id ?? 0)).status).toBe(404)
    expect((await sharing(999999)).status).toBe(404)
  })
})

describe('share passwords', () => {
  it('refuses passwords until password_required is on', async () => {
    const insight = unshared()
    const answer = await sharing(insight.id, { method: 'POST', body: { raw_password: 'long-enough' } }, 'passwords/')
    expect(answer.status).toBe(400)
    // `SharingConfigurationViewSet.create_password` words this refusal itself, outside DRF's error shape.
    expect(answer.body).toEqual({ error: 'Password protection must be enabled before creating passwords' })
  })

  it('creates a given or generated password (shown once), lists it without the raw value, and deletes it', async () => {
    const insight = unshared()
    await sharing(insight.id, { method: 'PATCH', body: { enabled: true, password_required: true } })
    const given = await sharing(
      insight.id,
      { method: 'POST', body: { raw_password: 'hedgehogs-123', note: 'Board deck' } },
      'passwords/',
    )
    expect(given.status).toBe(201)
    const created = createdSharePasswordSchema.parse(given.body)
    expect(created).toMatchObject({ password: 'hedgehogs-123', note: 'Board deck', created_by_email: 'ada@hogflix.example' })
    const generated = createdSharePasswordSchema.parse(
      (await sharing(insight.id, { method: 'POST', body: {} }, 'passwords/')).body,
    )
    expect(generated.password.length).toBeGreaterThanOrEqual(8)

    const config = sharingConfigurationSchema.parse((await sharing(insight.id)).body)
    expect(config.share_passwords.map((password) => password.id)).toEqual([created.id, generated.id])
    expect(JSON.stringify(config)).not.toContain('hedgehogs-123')

    expect((await sharing(insight.id, { method: 'DELETE' }, `passwords/${created.id}/`)).status).toBe(204)
    const missing = await sharing(insight.id, { method: 'DELETE' }, `passwords/${created.id}/`)
    expect(missing.status).toBe(404)
    expect(record(missing.body).detail).toBe('Password not found')
    expect(
      sharingConfigurationSchema.parse((await sharing(insight.id)).body).share_passwords.map((password) => password.id),
    ).toEqual([generated.id])
  })

  it('validates password length and note length', async () => {
    const insight = unshared()
    await sharing(insight.id, { method: 'PATCH', body: { password_required: true } })
    expect(
      record((await sharing(insight.id, { method: 'POST', body: { raw_password: 'short' } }, 'passwords/')).body),
    ).toMatchObject({
      attr: 'raw_password',
      detail: 'Password must be at least 8 characters long.',
    })
    expect(
      record((await sharing(insight.id, { method: 'POST', body: { note: 'n'.repeat(101) } }, 'passwords/')).body),
    ).toMatchObject({ attr: 'note', code: 'max_length' })
  })
})

describe('public viewer /shared/:access_token.json (SharingViewerPageViewSet)', () => {
  const json = (accessToken: string | null | undefined) => `/shared/${accessToken ?? ''}.json`

  it('shows an enabled share to anyone, and answers PostHog’s HTML 404 page for disabled or unknown links', async () => {
    const insight = unshared()
    const config = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    const answer = await call(json(config.access_token))
    expect(answer.contentType).toContain('application/json')
    const shared = sharedInsightSchema.parse(answer.body)
    expect(shared).toMatchObject({ type: 'scene', accessToken: config.access_token })
    expect(shared.insight.short_id).toBe(insight.short_id)
    expect(sharedInsightSchema.parse((await call(`/embedded/${config.access_token ?? ''}.json`)).body).type).toBe('embed')
    await sharing(insight.id, { method: 'PATCH', body: { enabled: false } })
    for (const path of [json(config.access_token), json('not-a-token')]) {
      const missing = await call(path)
      expect(missing.status).toBe(404)
      expect(missing.contentType).toContain('text/html')
    }
  })

  it('is not under /api/ any more', async () => {
    const insight = unshared()
    const config = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    expect(record((await call(`/api/shared/${config.access_token ?? ''}/`)).body).detail).toBe('Endpoint not found.')
  })

  it('answers a deleted insight’s share with DRF’s JSON 404 "No resource found"', async () => {
    const insight = unshared()
    const config = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    insight.deleted = true
    const answer = await call(json(config.access_token))
    expect(answer.status).toBe(404)
    expect(record(answer.body)).toMatchObject({ code: 'not_found', detail: 'No resource found' })
  })

  it('renders the unlock page (HTML 200, type "unlock", no insight) until a correct password is traded', async () => {
    const insight = unshared()
    await sharing(insight.id, { method: 'PATCH', body: { enabled: true, password_required: true } })
    await sharing(insight.id, { method: 'POST', body: { raw_password: 'open-sesame' } }, 'passwords/')
    const token = sharingConfigurationSchema.parse((await sharing(insight.id)).body).access_token ?? ''

    for (const headers of [{}, { Authorization: 'Bearer not-a-share-token' }] as Record<string, string>[]) {
      const locked = await call(json(token), { headers })
      expect(locked.status).toBe(200)
      expect(locked.contentType).toContain('text/html')
      expect(String(locked.body)).toContain('window.POSTHOG_EXPORTED_DATA = {"type":"unlock"};')
      expect(String(locked.body)).not.toContain(insight.short_id)
    }
    for (const body of [{ password: 'guess' }, {}]) {
      const wrong = await call(json(token), { method: 'POST', body })
      expect(wrong.status).toBe(401)
      expect(wrong.body).toEqual({ error: 'Incorrect password' })
    }
    const trade = await call(json(token), { method: 'POST', body: { password: 'open-sesame' } })
    expect(Object.keys(record(trade.body))).toEqual(['shareToken'])
    const { shareToken } = sharedUnlockResponseSchema.parse(trade.body)
    const unlocked = await call(json(token), { headers: { Authorization: `Bearer ${shareToken}` } })
    expect(unlocked.status).toBe(200)
    expect(sharedInsightSchema.parse(unlocked.body).insight.id).toBe(insight.id)
    // The share token travels only as a Bearer header, as `SharingPasswordProtectedAuthentication` reads it.
    expect((await call(`${json(token)}?share_token=${shareToken}`)).contentType).toContain('text/html')
  })

  it('needs no API key, even when the mock requires one for everything else', async () => {
    const insight = unshared()
    const config = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    setMockAuthMode('api-key')
    expect((await call(json(config.access_token))).status).toBe(200)
    expect((await sharing(insight.id)).status).toBe(401)
  })

  it('stops serving the old link after a refresh', async () => {
    const insight = unshared()
    const before = sharingConfigurationSchema.parse(
      (await sharing(insight.id, { method: 'PATCH', body: { enabled: true } })).body,
    )
    await sharing(insight.id, { method: 'POST' }, 'refresh/')
    expect((await call(json(before.access_token))).status).toBe(404)
  })
})
