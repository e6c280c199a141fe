import { describe, expect, it } from 'vitest'
import { sharedInsightSchema } from '@/api/schemas/shared'
import { sharingConfigurationSchema } from '@/api/schemas/sharing'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { keyDrift } from './inventory'
import {
  createdSharePassword,
  dataColorThemeSerializer,
  SHARING_SETTINGS_KEYS,
  sharedInsightExportedData,
  sharedUnlockAnswer,
  sharedUnlockExportedData,
  sharePasswordSerializer,
  sharingConfigurationSerializer,
} from './sharing-serializers'

const backend = useMockBackend()
const NO_DRIFT = { extra: [], missing: [] }

describe('insight sharing (SharingConfigurationViewSet)', () => {
  it('sends exactly PostHog’s fields, saved or not, and parses with the client’s schema', async () => {
    const store = backend.store()
    const saved = store.db.sharing.find((config) => config.passwords.some((password) => password.is_active))
    const unsaved = store.db.insights.find(
      (insight) => !insight.deleted && insight.project_id === 1 && !store.sharingFor(insight.id),
    )
    for (const id of [saved?.insight_id, unsaved?.id]) {
      const body = record((await call(`${P}/insights/${id ?? 0}/sharing/`)).body)
      expect(keyDrift(sharingConfigurationSerializer, body)).toEqual(NO_DRIFT)
      for (const password of body.share_passwords as object[])
        expect(keyDrift(sharePasswordSerializer, password)).toEqual(NO_DRIFT)
      expect(sharingConfigurationSchema.safeParse(body).success).toBe(true)
    }
  })

  it('answers a created password with PostHog’s five keys and logs enabling as "sharing enabled"', async () => {
    const insight = backend
      .store()
      .db.insights.find((row) => !row.deleted && row.project_id === 1 && !backend.store().sharingFor(row.id))
    const path = `${P}/insights/${insight?.id ?? 0}/sharing/`
    await call(path, { method: 'PATCH', body: { enabled: true, password_required: true } })
    const created = await call(`${path}passwords/`, { method: 'POST', body: { note: 'Board' } })
    expect(created.status).toBe(201)
    expect(keyDrift(createdSharePassword, record(created.body))).toEqual(NO_DRIFT)
    const log = record((await call(`${P}/insights/${insight?.id ?? 0}/activity/?limit=1`)).body)
    expect((log.results as { activity: string; detail: unknown }[])[0]).toMatchObject({
      activity: 'sharing enabled',
      detail: { changes: [{ type: 'Insight', action: 'changed', field: 'sharing', before: null, after: true }] },
    })
  })
})

describe('public viewer (SharingViewerPageViewSet exported_data)', () => {
  it('answers exported_data’s keys, the settings that are on as top-level true flags, and parses', async () => {
    const insight = backend.store().db.insights.find((candidate) => candidate.project_id === 1 && !candidate.deleted)
    if (!insight) throw new Error('seed lacks a live insight')
    const patched = record(
      (
        await call(`${P}/insights/${insight.id}/sharing/`, {
          method: 'PATCH',
          body: { enabled: true, password_required: false, settings: { noHeader: true, legend: false } },
        })
      ).body,
    )
    const answer = await call(`/shared/${String(patched.access_token)}.json?embedded`)
    expect(answer.status).toBe(200)
    const body = record(answer.body)
    const flags = Object.keys(body).filter((key) => (SHARING_SETTINGS_KEYS as readonly string[]).includes(key))
    expect(flags).toEqual(['noHeader'])
    expect(body.noHeader).toBe(true)
    const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !flags.includes(key)))
    expect(keyDrift(sharedInsightExportedData, rest)).toEqual(NO_DRIFT)
    expect(body).toMatchObject({ type: 'embed', accessToken: patched.access_token })
    for (const theme of body.themes as Record<string, unknown>[])
      expect(keyDrift(dataColorThemeSerializer, theme)).toEqual(NO_DRIFT)
    expect(sharedInsightSchema.parse(body)).toMatchObject({ noHeader: true, insight: { id: insight.id } })
  })
})

describe('password-protected public viewer (SharingViewerPageViewSet unlock)', () => {
  it('embeds only the unlock page’s exported_data, then trades a password for PostHog’s one key', async () => {
    const insight = backend
      .store()
      .db.insights.find((row) => !row.deleted && row.project_id === 1 && !backend.store().sharingFor(row.id))
    const path = `${P}/insights/${insight?.id ?? 0}/sharing/`
    const config = record((await call(path, { method: 'PATCH', body: { enabled: true, password_required: true } })).body)
    await call(`${path}passwords/`, { method: 'POST', body: { raw_password: 'correct-horse' } })
    const page = await call(`/shared/${String(config.access_token)}.json`)
    const embedded = /window\.POSTHOG_EXPORTED_DATA = (.*);<\/script>/.exec(String(page.body))?.[1]
    expect(keyDrift(sharedUnlockExportedData, record(JSON.parse(embedded ?? 'null')))).toEqual(NO_DRIFT)
    const trade = await call(`/shared/${String(config.access_token)}.json`, {
      method: 'POST',
      body: { password: 'correct-horse' },
    })
    expect(keyDrift(sharedUnlockAnswer, record(trade.body))).toEqual(NO_DRIFT)
  })
})
