import { mutationOptions, queryOptions, useMutation } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { apiJson, apiResponse, readJsonAnswer, type ApiRequest } from './http'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'
import {
  sharedInsightSchema,
  sharedUnlockPageSchema,
  sharedUnlockResponseSchema,
  type SharedInsight,
  type SharedUnlockResponse,
} from './schemas/shared'

/*
 * The public viewer of a shared insight reads PostHog's own public path, `/shared/:access_token.json` on the host
 * (outside `/api/`), answered by `SharingViewerPageViewSet` (posthog/api/sharing.py). Nothing here uses the API key:
 * the access token in the link is the credential, plus a share token after a password unlock.
 */

const sharedPath = (accessToken: string) => `shared/${encodeURIComponent(accessToken)}.json`

/**
 * The viewer calls as an outside visitor would: without the personal API key. Sending it would hand the key to a
 * public endpoint, and PostHog reads a Bearer token there as the share token.
 */
function anonymousConnection(): ConnectionSettings {
  return { ...getConnection(), apiKey: '' }
}

/** A share as the viewer reads it: the insight, or `locked` while it waits for a password (or a fresher share token). */
export type SharedInsightReading = { locked: true } | { locked: false; share: SharedInsight }

const sharedAnswerSchema = z.union([sharedUnlockPageSchema, sharedInsightSchema])

/** The unlock page's `exported_data` as PostHog's `json.dumps` writes it into the page (`{"type": "unlock"}`). */
const UNLOCK_PAGE = /"type":\s*"unlock"/

/**
 * The shared insight, or `locked`. A password-protected share read without a valid share token makes PostHog render
 * its unlock page, HTML with status 200 even for `.json`, embedding `exported_data` `{"type": "unlock"}`: that is
 * "password required". Any other HTML is not an answer the viewer can read (an error, as `apiJson` would say).
 */
export async function fetchSharedInsight(
  accessToken: string,
  shareToken: string | null,
  signal?: AbortSignal,
): Promise<SharedInsightReading> {
  const request: ApiRequest = {
    path: sharedPath(accessToken),
    outsideApi: true,
    // `SharingPasswordProtectedAuthentication` reads the share token from `Authorization: Bearer`, only on GET.
    headers: shareToken ? { Authorization: `Bearer ${shareToken}` } : undefined,
    signal,
    connection: anonymousConnection(),
  }
  const response = await apiResponse(request)
  let answer = response
  if (response.headers.get('content-type')?.includes('text/html')) {
    const page = await response.text()
    if (UNLOCK_PAGE.test(page)) return { locked: true }
    answer = new Response(page, { status: response.status })
  }
  const data = await readJsonAnswer(sharedAnswerSchema, answer, request)
  return data.type === 'unlock' ? { locked: true } : { locked: false, share: data as SharedInsight }
}

/** Trades a password for a share token; 401 "Incorrect password" otherwise. */
export function unlockSharedInsight(accessToken: string, password: string): Promise<SharedUnlockResponse> {
  return apiJson(sharedUnlockResponseSchema, {
    method: 'POST',
    path: sharedPath(accessToken),
    outsideApi: true,
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
      // A missing link answers 404 until someone shares it again; retrying would only repeat it.
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
