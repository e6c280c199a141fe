import type { QueryClient } from '@tanstack/react-query'
import { onDemoDataEvent } from '@/features/settings/demo-bridge'
import { notify } from '@/components/notify'

/**
 * Changes from another tab are gathered until none came for QUIET_MS, but never longer than MAX_WAIT_MS, before this
 * tab fetches again: a bulk run or a fast typist saves dozens in a row, and every fetch after a foreign write waits for
 * the writer's turn and reloads the whole store. Fetching once per burst keeps the writer's saves fast with ten tabs
 * open (`npm run bench`, "rename, 10 tabs, one writes").
 */
const QUIET_MS = 150
const MAX_WAIT_MS = 1_000

/**
 * Keeps this tab true to the demo data other tabs change. Which queries a foreign write touched is unknown here, so
 * all are invalidated. A visible tab fetches what it shows at once; a hidden one only marks it stale and fetches when
 * it is looked at again (React Query refetches stale queries on focus), so ten background tabs do not all reload
 * their pages on every write. A storage failure stays on screen until dismissed, since every edit until then is at risk.
 */
export function followDemoData(client: QueryClient): () => void {
  let gathering: ReturnType<typeof setTimeout> | null = null
  let firstChangeAt = 0
  return onDemoDataEvent((event) => {
    if (event.kind === 'notice') {
      notify('error', event.message, { id: 'demo-data-notice', duration: Number.POSITIVE_INFINITY })
      return
    }
    const now = Date.now()
    if (gathering === null) firstChangeAt = now
    else clearTimeout(gathering)
    gathering = setTimeout(
      () => {
        gathering = null
        void client.invalidateQueries({ refetchType: document.visibilityState === 'visible' ? 'active' : 'none' })
      },
      Math.min(QUIET_MS, firstChangeAt + MAX_WAIT_MS - now),
    )
  })
}
