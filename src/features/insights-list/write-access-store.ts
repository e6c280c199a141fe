import { useCallback } from 'react'
import { create } from 'zustand'
import { ApiError } from '@/api/http'
import { useConnection, type ConnectionSettings } from '@/stores/connection-store'

interface WriteAccessState {
  /** Why writes are off, in words, and for which connection; null while writes are allowed as far as the app knows. */
  denied: { reason: string; connection: string } | null
  noteFailure: (error: unknown, connection: string) => void
}

/** A connection's identity for this purpose: another key or host may well be allowed to write. */
const identify = ({ mode, host, apiKey }: ConnectionSettings) => `${mode} ${host} ${apiKey}`

/**
 * PostHog has no endpoint this app can ask for the key's scopes, so a read-only key is recognised by the first write
 * it is refused (403 `permission_denied`, "API key missing required scope 'insight:write'"). From then on the list
 * turns its write actions off and says why, instead of letting every click fail — until the connection changes.
 */
const useWriteAccessStore = create<WriteAccessState>()((set) => ({
  denied: null,
  noteFailure: (error, connection) => {
    if (!(error instanceof ApiError) || error.status !== 403) return
    const scope = /scope '([^']+)'/.exec(error.detail)?.[1]
    const reason = scope
      ? `This API key is read-only here: it lacks the '${scope}' scope.`
      : `This API key may not change insights: ${error.detail}`
    set({ denied: { reason, connection } })
  },
}))

/** Why write actions are off for the current connection, or null. */
export function useWriteDeniedReason(): string | null {
  const connection = useConnection()
  const denied = useWriteAccessStore((s) => s.denied)
  return denied && denied.connection === identify(connection) ? denied.reason : null
}

/** Remembers a refused write (403) for the current connection; other failures are left to the caller's message. */
export function useNoteWriteFailure(): (error: unknown) => void {
  const connection = identify(useConnection())
  const noteFailure = useWriteAccessStore((s) => s.noteFailure)
  return useCallback((error: unknown) => noteFailure(error, connection), [noteFailure, connection])
}
