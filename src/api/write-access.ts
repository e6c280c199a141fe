import { useCallback } from 'react'
import { create } from 'zustand'
import { ApiError } from './http'
import { getConnection, useConnection, type ConnectionSettings } from '@/stores/connection-store'

/** What a write changes; a key may hold `insight:write` without `element:write`, so each is learned on its own. */
export type WritableResource = 'insight' | 'element'

const RESOURCE_NAMES: Record<WritableResource, string> = { insight: 'insights', element: 'elements' }

interface WriteDenial {
  connection: string
  reason: string
}

interface WriteAccessState {
  denials: Partial<Record<WritableResource, WriteDenial>>
}

/** A connection's identity for this purpose: another key, host or project may well be allowed to write. */
const identify = ({ mode, host, apiKey, projectId }: ConnectionSettings) => [mode, host, apiKey, projectId].join('\n')

/*
 * PostHog has no endpoint this app can ask for a key's scopes, so a read-only key is recognised by the first write it
 * is refused (403 `permission_denied`, "API key missing required scope 'insight:write'"). From then on every page
 * turns that resource's write actions off and says why, instead of letting every click fail — until the connection
 * changes.
 */
const useWriteAccessStore = create<WriteAccessState>()(() => ({ denials: {} }))

/** Remembers a refused write (403) for `connection`; other failures are left to the caller's message. */
export function noteWriteFailure(resource: WritableResource, error: unknown, connection = getConnection()): void {
  if (!(error instanceof ApiError) || error.status !== 403) return
  const scope = /scope '([^']+)'/.exec(error.detail)?.[1]
  const reason = scope
    ? `This API key is read-only here: it lacks the '${scope}' scope.`
    : `This API key may not change ${RESOURCE_NAMES[resource]}: ${error.detail}`
  useWriteAccessStore.setState((state) => ({
    denials: { ...state.denials, [resource]: { connection: identify(connection), reason } },
  }))
}

/** Why writes to `resource` are off for the current connection, or null while they are allowed as far as we know. */
export function useWriteDeniedReason(resource: WritableResource): string | null {
  const connection = identify(useConnection())
  const denial = useWriteAccessStore((state) => state.denials[resource])
  return denial && denial.connection === connection ? denial.reason : null
}

/** `noteWriteFailure` bound to the current connection, for mutation callbacks. */
export function useNoteWriteFailure(resource: WritableResource): (error: unknown) => void {
  const connection = useConnection()
  return useCallback((error: unknown) => noteWriteFailure(resource, error, connection), [resource, connection])
}
