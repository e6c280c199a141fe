/**
 * Where the mock keeps its database between runs: localStorage in the browser, a JSON file for the HTTP mock server
 * (`--data`), nothing in unit tests. The store hands over the serialized snapshot; a backend only stores text.
 */
export interface MockPersistence {
  /** The text saved last, or null when nothing was saved yet. */
  load(): string | null
  /** Returns false when the text could not be stored (quota, read-only file), so the UI can say edits will not last. */
  save(serialized: string): boolean
  clear(): void
}

export const MOCK_STORE_STORAGE_KEY = 'insight-desk:mock-db'

export function localStoragePersistence(key: string = MOCK_STORE_STORAGE_KEY): MockPersistence {
  return {
    load: () => {
      try {
        return localStorage.getItem(key)
      } catch {
        return null
      }
    },
    save: (serialized) => {
      try {
        localStorage.setItem(key, serialized)
        return true
      } catch {
        return false
      }
    },
    clear: () => {
      try {
        localStorage.removeItem(key)
      } catch {
        // Storage unavailable: there is nothing saved to clear either.
      }
    },
  }
}

/** Keeps the snapshot in memory: for tests of the persistence path itself. */
export function memoryPersistence(initial: string | null = null): MockPersistence & { readonly text: string | null } {
  let text = initial
  return {
    get text() {
      return text
    },
    load: () => text,
    save: (serialized) => {
      text = serialized
      return true
    },
    clear: () => {
      text = null
    },
  }
}
