import type { QueryClient } from '@tanstack/react-query'
import { onDemoDataEvent } from '@/features/settings/demo-bridge'
import { notify } from '@/components/notify'

/** Changes from another tab are gathered this long before this tab fetches again: a bulk run saves dozens in a row. */
const GATHER_MS = 150

/**
 * Keeps this tab true to the demo data other tabs change. Which queries a foreign write touched is unknown here, so
 * all are invalidated. A visible tab fetches what it shows at once; a hidden one only marks it stale and fetches when
 * it is looked at again (React Query refetches stale queries on focus), so ten background tabs do not all reload
 * their pages on every write. A storage failure stays on screen until dismissed, since every edit until then is at risk.
 */
export function followDemoData(client: QueryClient): () => void {
  let gathering: ReturnType<typeof setTimeout> | null = null
  return onDemoDataEvent((event) => {
    if (event.kind === 'notice') {
      notify('error', event.message, { id: 'demo-data-notice', duration: Number.POSITIVE_INFINITY })
      return
    }
    gathering ??= setTimeout(() => {
      gathering = null
      void client.invalidateQueries({ refetchType: document.visibilityState === 'visible' ? 'active' : 'none' })
    }, GATHER_MS)
  })
}
