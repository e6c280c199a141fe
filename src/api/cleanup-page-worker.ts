import { readCleanupPage } from './cleanup-page-reader'

/** Reads pages of the clean-up scan off the main thread: `{id, body}` in, `{id, reading}` out. */
self.onmessage = (event: MessageEvent<{ id: number; body: ArrayBuffer }>) => {
  const { id, body } = event.data
  self.postMessage({ id, reading: readCleanupPage(body) })
}
