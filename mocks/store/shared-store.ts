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

export interface SharedMockStore {
  /** "Reset demo data" for every tab: reseeds and saves under the lock, so the next request anywhere sees it. */
  reset(): Promise<void>
  /** Runs when another tab saved a change. */
  onChangedElsewhere(listener: () => void): () => void
}

export async function startSharedMockStore(
  config: Omit<MockStoreConfig, 'persistence'>,
  storage: SharedSnapshotStorage,
  tabs: TabCoordination,
): Promise<SharedMockStore> {
  let known = 0
  let loaded: string | null = null
  let pending: string | null = null
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

  async function catchUp(): Promise<void> {
    if ((await storage.revision()) === known) return
    const saved = await storage.read()
    known = saved.revision
    loaded = saved.text
    reloadMockStore()
  }

  async function flush(): Promise<void> {
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
    dropLegacySnapshot()
    tabs.announce(known)
  }

  const inTurn = <T>(work: () => Promise<T>): Promise<T> =>
    tabs.exclusive(async () => {
      await catchUp()
      try {
        return await work()
      } finally {
        await flush()
      }
    })

  await tabs.exclusive(async () => {
    const saved = await storage.read()
    known = saved.revision
    loaded = saved.text ?? legacySnapshot()
    configureMockStore({ ...config, persistence })
    await flush()
  })
  setMockStoreSession(inTurn)

  const listeners = new Set<() => void>()
  tabs.onAnnouncement(() => {
    for (const listener of listeners) listener()
  })
  return {
    reset: () =>
      withExclusiveMockStore(() => {
        resetMockStore()
        return Promise.resolve()
      }),
    onChangedElsewhere: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
