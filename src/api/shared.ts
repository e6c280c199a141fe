import { mutationOptions, queryOptions, useMutation } from '@tanstack/react-query'
import { apiJson } from './http'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'
import { sharedInsightSchema, sharedUnlockResponseSchema, type SharedInsight, type SharedUnlockResponse } from './schemas/shared'

/*
 * The public viewer of a shared insight (`/api/shared/:access_token/`, the mock's JSON form of PostHog's `/shared/…`
 * page). Nothing here uses the API key: the access token in the link is the credential, plus a share token after a
 * password unlock.
 */

const sharedPath = (accessToken: string) => `shared/${encodeURIComponent(accessToken)}/`

/**
 * The viewer calls as an outside visitor would: without the personal API key. Sending it would hand the key to a
 * public endpoint, and the server reads a Bearer token as the share token, so an unlocked link would still answer 401.
 */
function anonymousConnection(): ConnectionSettings {
  return { ...getConnection(), apiKey: '' }
}

/**
 * The shared insight; 401 while the link is password-protected and `shareToken` is missing or stale. The share token
 * goes as `?share_token=` because the client sends no per-request headers; it is a short-lived unlock of one public
 * link, never the API key.
 */
export function fetchSharedInsight(accessToken: string, shareToken: string | null, signal?: AbortSignal): Promise<SharedInsight> {
  return apiJson(sharedInsightSchema, {
    path: sharedPath(accessToken),
    query: { share_token: shareToken },
    signal,
    connection: anonymousConnection(),
  })
}

/** Trades a password for a share token; 401 "Incorrect password" otherwise. */
export function unlockSharedInsight(accessToken: string, password: string): Promise<SharedUnlockResponse> {
  return apiJson(sharedUnlockResponseSchema, {
    method: 'POST',
    path: sharedPath(accessToken),
    body: { password },
    connection: anonymousConnection(),
  })
}

export const sharedKeys = {
  all: ['shared'] as const,
  insight: (accessToken: string, shareToken: string | null) => [...sharedKeys.all, accessToken, shareToken] as const,
}

export const sharedQueries = {
  insight: (accessToken: string, shareToken: string | null = null) =>
    queryOptions({
      queryKey: sharedKeys.insight(accessToken, shareToken),
      queryFn: ({ signal }) => fetchSharedInsight(accessToken, shareToken, signal),
      // A locked link answers 401 until unlocked; retrying would only repeat it.
      retry: false,
    }),
}

export interface SharedUnlockVariables {
  accessToken: string
  password: string
}

export const sharedMutations = {
  /** `gcTime: 0`: the typed password is a variable of this mutation, so it must not linger in the mutation cache. */
  unlock: () =>
    mutationOptions({
      mutationKey: [...sharedKeys.all, 'unlock'],
      meta: { savesChanges: false },
      mutationFn: ({ accessToken, password }: SharedUnlockVariables) => unlockSharedInsight(accessToken, password),
      gcTime: 0,
    }),
}

export function useUnlockSharedInsight() {
  return useMutation(sharedMutations.unlock())
}
