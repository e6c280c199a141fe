import { create } from 'zustand'
import { ApiError } from '@/api/http'
import type { Insight } from '@/api/schemas/insight'
import { useConnection, type ConnectionSettings } from '@/stores/connection-store'

/*
 * PostHog gives no way to ask a personal API key for its scopes, so a read-only key is learned the first time a
 * write answers 403; from then on editing is off, with the server's reason, until the connection changes.
 */

interface WriteDenial {
  connection: string
  reason: string
}

interface WriteDenialState {
  denial: WriteDenial | null
  deny: (denial: WriteDenial) => void
}

const useWriteDenialStore = create<WriteDenialState>()((set) => ({
  denial: null,
  deny: (denial) => set({ denial }),
}))

function connectionIdentity(connection: ConnectionSettings): string {
  return [connection.mode, connection.host, connection.apiKey, connection.projectId].join('\n')
}

export interface EditPermission {
  canEdit: boolean
  /** Why editing is off, in words for the user; null while it is on. */
  reason: string | null
}

/** Whether this insight can be edited with the current connection, and if not, why. */
export function useEditPermission(insight: Pick<Insight, 'user_access_level'>): EditPermission {
  const connection = useConnection()
  const denial = useWriteDenialStore((state) => state.denial)
  if (denial && denial.connection === connectionIdentity(connection)) return { canEdit: false, reason: denial.reason }
  if (insight.user_access_level === 'viewer' || insight.user_access_level === 'none') {
    return { canEdit: false, reason: 'You have view-only access to this insight.' }
  }
  return { canEdit: true, reason: null }
}

/** Call with any failed write: a 403 turns editing off for this connection. */
export function noteWriteFailure(error: unknown, connection: ConnectionSettings): void {
  if (error instanceof ApiError && error.status === 403) {
    useWriteDenialStore.getState().deny({
      connection: connectionIdentity(connection),
      reason: `This API key cannot edit insights (${error.detail}).`,
    })
  }
}
