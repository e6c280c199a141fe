import { afterEach, describe, expect, it } from 'vitest'
import { MOCK_STORE_STORAGE_KEY, localStoragePersistence, memoryPersistence, type MockPersistence } from './persistence'
import {
  MOCK_STORE_VERSION,
  configureMockStore,
  dismissMockStoreNotice,
  getMockStore,
  getMockStoreNotice,
  resetMockStore,
} from './store'

const seed = { insights: 30, now: new Date('2026-11-20T00:00:00Z') }

afterEach(() => {
  configureMockStore()
})

function renameFirst(name: string): void {
  const store = getMockStore()
  const insight = store.db.insights[0]
  if (!insight) throw new Error('seed has no insights')
  insight.name = name
  store.commit()
}

describe('mock store persistence', () => {
  it('saves every commit and loads the saved data instead of reseeding', () => {
    const persistence = memoryPersistence()
    configureMockStore({ seed, persistence })
    renameFirst('Renamed in a previous session')
    configureMockStore({ seed, persistence })
    expect(getMockStore().db.insights[0]?.name).toBe('Renamed in a previous session')
    expect(getMockStoreNotice()).toBeNull()
  })

  it('survives a reload through localStorage, versioned', () => {
    configureMockStore({ seed, persistence: localStoragePersistence() })
    renameFirst('Kept in localStorage')
    const saved: unknown = JSON.parse(localStorage.getItem(MOCK_STORE_STORAGE_KEY) ?? 'null')
    expect(saved).toMatchObject({ version: MOCK_STORE_VERSION })
    configureMockStore({ seed, persistence: localStoragePersistence() })
    expect(getMockStore().db.insights[0]?.name).toBe('Kept in localStorage')
  })

  it('reseeds a corrupt store and exposes a notice', () => {
    configureMockStore({ seed, persistence: memoryPersistence('{"version": 1, "db": ') })
    expect(getMockStore().db.insights).toHaveLength(30 + 12)
    expect(getMockStoreNotice()).toMatchObject({ reason: 'corrupt' })
    dismissMockStoreNotice()
    expect(getMockStoreNotice()).toBeNull()
  })

  it('reseeds a store from an older version with a notice saying so, and saves the fresh one', () => {
    const persistence = memoryPersistence(JSON.stringify({ version: MOCK_STORE_VERSION - 1, db: {} }))
    configureMockStore({ seed, persistence })
    expect(getMockStoreNotice()).toMatchObject({ reason: 'outdated' })
    expect(JSON.parse(persistence.text ?? '{}')).toMatchObject({ version: MOCK_STORE_VERSION })
  })

  it('writes nothing until the first change: every start that day seeds the same data', () => {
    const persistence = memoryPersistence()
    configureMockStore({ seed, persistence })
    expect(persistence.text).toBeNull()
    const seeded = JSON.stringify(getMockStore().db)
    configureMockStore({ seed, persistence })
    expect(JSON.stringify(getMockStore().db)).toBe(seeded)
    renameFirst('First change')
    expect(persistence.text).toContain('First change')
  })

  it('reseeds when the saved data was made for another size', () => {
    const persistence = memoryPersistence()
    configureMockStore({ seed, persistence })
    renameFirst('Made for 30 insights')
    configureMockStore({ seed: { ...seed, insights: 40 }, persistence })
    expect(getMockStoreNotice()).toMatchObject({ reason: 'resized' })
    expect(getMockStore().db.insights.filter((insight) => insight.project_id === 1)).toHaveLength(40)
  })

  it('says so when the browser refuses to save', () => {
    const full: MockPersistence = { load: () => null, save: () => false, clear: () => undefined }
    configureMockStore({ seed, persistence: full })
    expect(getMockStoreNotice()).toBeNull()
    renameFirst('Not kept')
    expect(getMockStoreNotice()).toMatchObject({ reason: 'unsaved' })
  })

  it('resetMockStore drops every edit and reseeds the same data', () => {
    const persistence = memoryPersistence()
    configureMockStore({ seed, persistence })
    const original = getMockStore().db.insights[0]?.name
    renameFirst('Edited')
    resetMockStore()
    expect(getMockStore().db.insights[0]?.name).toBe(original)
    expect(persistence.text).not.toContain('Edited')
    configureMockStore({ seed, persistence })
    expect(getMockStore().db.insights[0]?.name).toBe(original)
  })
})

describe('mock store lookups', () => {
  it('finds insights by id or short_id within their project only', () => {
    const store = configureMockStore({ seed })
    const insight = store.db.insights[0]
    if (!insight) throw new Error('seed has no insights')
    expect(store.findInsight(1, String(insight.id))).toBe(insight)
    expect(store.findInsight(1, insight.short_id)).toBe(insight)
    expect(store.findInsight(2, insight.short_id)).toBeUndefined()
  })
})
