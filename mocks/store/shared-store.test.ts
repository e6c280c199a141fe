import { afterEach, describe, expect, it, vi } from 'vitest'
import { memoryPersistence } from './persistence'
import { startSharedMockStore, type SavedDataMark, type SharedSnapshotStorage, type TabCoordination } from './shared-store'
import { configureMockStore, getMockStore, setMockStoreSession, withExclusiveMockStore } from './store'

const seed = { insights: 12, secondaryInsights: 0, now: new Date('2026-11-20T00:00:00Z') }

afterEach(() => {
  setMockStoreSession(null)
  configureMockStore()
})

/** IndexedDB as the tabs share it, opening when the test says so. */
function sharedStorage(saved: { revision: number; text: string | null } = { revision: 0, text: null }) {
  const state = { ...saved, writes: 0 }
  let open!: () => void
  let fail!: (error: Error) => void
  const storage: SharedSnapshotStorage = {
    revision: () => Promise.resolve(state.revision),
    read: () => Promise.resolve({ revision: state.revision, text: state.text }),
    write: (revision, text) => {
      Object.assign(state, { revision, text, writes: state.writes + 1 })
      return Promise.resolve()
    },
  }
  const opening = new Promise<SharedSnapshotStorage>((resolve, reject) => {
    open = () => resolve(storage)
    fail = reject
  })
  return { state, opening, open, fail }
}

function oneTab(): TabCoordination & { announced: number[] } {
  let queue: Promise<unknown> = Promise.resolve()
  const announced: number[] = []
  return {
    announced,
    exclusive: (work) => {
      const run = queue.then(work)
      queue = run.catch(() => undefined)
      return run
    },
    announce: (revision) => announced.push(revision),
    onAnnouncement: () => undefined,
  }
}

function mark(present: boolean): SavedDataMark & { sets: number } {
  const value = { sets: 0, present: () => present, set: () => (value.sets += 1) }
  return value
}

/** What another session saved: the seed with its first insight renamed. */
function savedText(name: string): string {
  const persistence = memoryPersistence()
  configureMockStore({ seed, persistence })
  const store = getMockStore()
  store.db.insights[0]!.name = name
  store.commit()
  return persistence.load() ?? ''
}

const firstName = () => withExclusiveMockStore(() => Promise.resolve(getMockStore().db.insights[0]?.name), true)

const rename = (name: string) =>
  withExclusiveMockStore(() => {
    const store = getMockStore()
    store.db.insights[0]!.name = name
    store.commit()
    return Promise.resolve()
  })

describe('shared demo data at start', () => {
  it('with nothing ever saved, answers reads from the seed before the storage opens; writes wait and are saved', async () => {
    const storage = sharedStorage()
    const tabs = oneTab()
    const saved = mark(false)
    await startSharedMockStore({ seed }, storage.opening, tabs, saved, vi.fn())
    const seeded = await firstName()
    expect(seeded).toBeTruthy()

    let written = false
    const write = rename('Renamed at once').then(() => (written = true))
    await Promise.resolve()
    expect(written).toBe(false)
    storage.open()
    await write
    expect(storage.state).toMatchObject({ revision: 1, writes: 1 })
    expect(storage.state.text).toContain('Renamed at once')
    expect(tabs.announced).toEqual([1])
    expect(saved.sets).toBe(1)
  })

  it('lets saved data the mark did not know of replace the seed, and says so to whoever listens', async () => {
    const text = savedText('Saved by an older version')
    const storage = sharedStorage({ revision: 3, text })
    const saved = mark(false)
    const shared = await startSharedMockStore({ seed }, storage.opening, oneTab(), saved, vi.fn())
    const changed = vi.fn()
    shared.onChangedElsewhere(changed)
    expect(await firstName()).not.toBe('Saved by an older version')

    storage.open()
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1))
    expect(await firstName()).toBe('Saved by an older version')
    // Known from now on, so the next start waits for the saved data instead of showing the seed first.
    expect(saved.sets).toBe(1)
    expect(storage.state.writes).toBe(0)
  })

  it('tells of that replacement a listener that came after it', async () => {
    const storage = sharedStorage({ revision: 1, text: savedText('Saved before the app listened') })
    const shared = await startSharedMockStore({ seed }, storage.opening, oneTab(), mark(false), vi.fn())
    await firstName()
    storage.open()
    await vi.waitFor(async () => expect(await firstName()).toBe('Saved before the app listened'))
    const late = vi.fn()
    shared.onChangedElsewhere(late)
    await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1))
  })

  it('with data saved before, starts only once that data is loaded', async () => {
    const storage = sharedStorage({ revision: 2, text: savedText('Saved yesterday') })
    let started = false
    const starting = startSharedMockStore({ seed }, storage.opening, oneTab(), mark(true), vi.fn()).then(() => (started = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(started).toBe(false)
    storage.open()
    await starting
    expect(await firstName()).toBe('Saved yesterday')
  })

  it('hands over to `unavailable` when the storage fails after a start from the seed; waiting writes still run', async () => {
    const storage = sharedStorage()
    const unavailable = vi.fn(() => {
      setMockStoreSession(null)
      configureMockStore({ seed })
    })
    await startSharedMockStore({ seed }, storage.opening, oneTab(), mark(false), unavailable)
    const write = rename('Kept in this tab')
    storage.fail(new Error('IndexedDB is disabled'))
    await write
    expect(unavailable).toHaveBeenCalledTimes(1)
    expect(await firstName()).toBe('Kept in this tab')
  })
})
