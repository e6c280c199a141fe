import { MOCK_STORE_STORAGE_KEY, type MockPersistence } from './persistence'
import {
  configureMockStore,
  reloadMockStore,
  reportUnsaved,
  resetMockStore,
  setMockStoreSession,
  withExclusiveMockStore,
  type MockStoreConfig,
} from './store'

/*
 * Every tab of the origin runs its own copy of the mock (the service worker hands each page its own requests), so the
 * copies act as one server only if each request starts from the latest saved state and saves before the next one
 * starts. Each request therefore takes one Web Lock shared by all tabs, compares the saved revision number with the
 * one this tab loaded (a read of one small number), reloads the snapshot only when another tab wrote since, runs, and
 * saves with the next revision before letting go. IndexedDB, unlike localStorage, shows a committed write to every
 * tab at once, which the lock's hand-over relies on. Why this and not a SharedWorker: docs/decisions.md.
 */

const DATABASE_NAME = 'insight-desk-mock'
const OBJECT_STORE = 'state'
const LOCK_NAME = 'insight-desk:mock-db'
const CHANNEL_NAME = 'insight-desk:mock-db'

/** The saved state every tab shares: the snapshot text and the revision it was saved under (0: never saved). */
export interface SharedSnapshotStorage {
  revision(): Promise<number>
  read(): Promise<{ revision: number; text: string | null }>
  /** Rejects when the browser refuses (storage full); what was saved before is then untouched. */
  write(revision: number, text: string): Promise<void>
}

/** What the tabs share besides storage: a lock every tab queues on, and a channel that tells the others of a write. */
export interface TabCoordination {
  exclusive<T>(work: () => Promise<T>): Promise<T>
  announce(revision: number): void
  onAnnouncement(listener: () => void): void
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    // A full disk aborts the transaction with a QuotaExceededError.
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'))
  })
}

export async function indexedDbSnapshots(): Promise<SharedSnapshotStorage> {
  const opening = indexedDB.open(DATABASE_NAME, 1)
  opening.onupgradeneeded = () => opening.result.createObjectStore(OBJECT_STORE)
  const database = await settled(opening)
  // A later version of the app may need to upgrade the database: this tab steps aside instead of blocking it.
  database.onversionchange = () => database.close()
  const objects = (mode: IDBTransactionMode) => {
    const transaction = database.transaction(OBJECT_STORE, mode)
    return { transaction, store: transaction.objectStore(OBJECT_STORE) }
  }
  return {
    async revision() {
      const value = await settled<unknown>(objects('readonly').store.get('revision'))
      return typeof value === 'number' ? value : 0
    },
    async read() {
      const { store } = objects('readonly')
      const [revision, text] = await Promise.all([
        settled<unknown>(store.get('revision')),
        settled<unknown>(store.get('snapshot')),
      ])
      return { revision: typeof revision === 'number' ? revision : 0, text: typeof text === 'string' ? text : null }
    },
    async write(revision, text) {
      const { transaction, store } = objects('readwrite')
      store.put(text, 'snapshot')
      store.put(revision, 'revision')
      await committed(transaction)
    },
  }
}

export function browserTabCoordination(): TabCoordination {
  const channel = new BroadcastChannel(CHANNEL_NAME)
  return {
    exclusive: (work) => navigator.locks.request(LOCK_NAME, work),
    announce: (revision) => channel.postMessage({ revision }),
    onAnnouncement: (listener) => channel.addEventListener('message', listener),
  }
}

/** Data saved by versions of the app that kept it in localStorage, taken over once so nobody loses it. */
function legacySnapshot(): string | null {
  try {
    return localStorage.getItem(MOCK_STORE_STORAGE_KEY)
  } catch {
    return null
  }
}

function dropLegacySnapshot(): void {
  try {
    localStorage.removeItem(MOCK_STORE_STORAGE_KEY)
  } catch {
    // Storage unavailable: there is nothing to drop either.
  }
}

/**
 * Whether any tab of this origin ever saved demo data. Read synchronously at start: when nothing was, the first
 * requests are answered from the seed at once instead of after IndexedDB has opened (100–150 ms on a fresh profile).
 */
export interface SavedDataMark {
  present(): boolean
  set(): void
}

const SAVED_MARK_KEY = 'insight-desk:mock-db-saved'

export function localStorageSavedMark(): SavedDataMark {
  return {
    present: () => {
      try {
        return localStorage.getItem(SAVED_MARK_KEY) !== null || localStorage.getItem(MOCK_STORE_STORAGE_KEY) !== null
      } catch {
        return true
      }
    },
    set: () => {
      try {
        localStorage.setItem(SAVED_MARK_KEY, '1')
      } catch {
        // Without the mark every start waits for IndexedDB, as it did before the mark existed.
      }
    },
  }
}

export interface SharedMockStore {
  /** "Reset demo data" for every tab: reseeds and saves under the lock, so the next request anywhere sees it. */
  reset(): Promise<void>
  /** Runs when another tab saved a change, or when saved data replaced the seed this tab answered from at start. */
  onChangedElsewhere(listener: () => void): () => void
}

/**
 * Opens the shared demo data. With data saved before, it resolves once that data is loaded. With none (`mark`), it
 * resolves at once with the seed: until the saved state has been read, reads are answered from the seed and writes
 * wait. Should the storage hold data after all (the mark was lost), that data replaces the seed and the listeners
 * hear of it. Should the storage or the lock fail, `unavailable` sets this tab up on its own before the requests
 * waiting for the storage run.
 */
export async function startSharedMockStore(
  config: Omit<MockStoreConfig, 'persistence'>,
  opening: Promise<SharedSnapshotStorage>,
  tabs: TabCoordination,
  mark: SavedDataMark,
  unavailable: (error: unknown) => void,
): Promise<SharedMockStore> {
  let known = 0
  let loaded: string | null = null
  let pending: string | null = null
  let marked = mark.present()
  const answerFromSeed = !marked
  let answeredFromSeed = false
  // Saved data replaced the seed before the app listened: the first listener hears of it when it comes.
  let unheardReplacement = false
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  // The store saves through this: the text waits until the request is done, then one write carries all its commits.
  const persistence: MockPersistence = {
    load: () => loaded,
    save: (serialized) => {
      pending = serialized
      return true
    },
    clear: () => {
      loaded = null
    },
  }
  const markSaved = () => {
    if (marked) return
    marked = true
    mark.set()
  }

  async function catchUp(storage: SharedSnapshotStorage): Promise<void> {
    if ((await storage.revision()) === known) return
    const saved = await storage.read()
    known = saved.revision
    loaded = saved.text
    reloadMockStore()
  }

  async function flush(storage: SharedSnapshotStorage): Promise<void> {
    if (pending === null) return
    const text = pending
    pending = null
    try {
      await storage.write(known + 1, text)
    } catch {
      // The edit stays in this tab's memory and goes out with its next successful save; the saved state is untouched.
      reportUnsaved()
      return
    }
    known += 1
    loaded = text
    markSaved()
    dropLegacySnapshot()
    tabs.announce(known)
  }

  if (answerFromSeed) configureMockStore({ ...config, persistence })
  const opened = opening.then((storage) =>
    tabs.exclusive(async () => {
      const saved = await storage.read()
      known = saved.revision
      if (known > 0) markSaved()
      if (!answerFromSeed) {
        loaded = saved.text ?? legacySnapshot()
        configureMockStore({ ...config, persistence })
      } else if (saved.text !== null) {
        // Saved data the mark did not know of: it wins over the seed (and over what reads at start did to the seed).
        loaded = saved.text
        pending = null
        reloadMockStore()
        if (answeredFromSeed && listeners.size > 0) changed()
        else if (answeredFromSeed) unheardReplacement = true
      }
      await flush(storage)
      return storage
    }),
  )
  let ready: SharedSnapshotStorage | null = null
  const settled = opened.then(
    (storage) => {
      ready = storage
    },
    (error: unknown) => unavailable(error),
  )

  const inTurn =
    (storage: SharedSnapshotStorage) =>
    <T>(work: () => Promise<T>): Promise<T> =>
      tabs.exclusive(async () => {
        await catchUp(storage)
        try {
          return await work()
        } finally {
          await flush(storage)
        }
      })

  setMockStoreSession((work, safe) => {
    if (ready) return inTurn(ready)(work)
    if (answerFromSeed && safe) {
      answeredFromSeed = true
      return work()
    }
    // A write before the saved state is read waits for it; if the storage failed, `unavailable` has taken over.
    return settled.then(() => (ready ? inTurn(ready)(work) : work()))
  })
  if (!answerFromSeed) await settled

  tabs.onAnnouncement(changed)
  return {
    reset: () =>
      withExclusiveMockStore(() => {
        resetMockStore()
        return Promise.resolve()
      }),
    onChangedElsewhere: (listener) => {
      listeners.add(listener)
      if (unheardReplacement) {
        unheardReplacement = false
        queueMicrotask(listener)
      }
      return () => listeners.delete(listener)
    },
  }
}
