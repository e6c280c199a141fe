import { mutationOptions, queryOptions, useMutation, type QueryClient } from '@tanstack/react-query'
import { apiJson, apiSend } from './http'
import { activityKeys } from './activity'
import { insightSegment, projectScoped } from './project-scope'
import {
  createdSharePasswordSchema,
  sharingConfigurationSchema,
  type CreatedSharePassword,
  type SharePasswordCreate,
  type SharingConfiguration,
  type SharingConfigurationUpdate,
} from './schemas/sharing'

const sharingPath = (projectId: string, insightId: number, rest = '') =>
  projectScoped(projectId, `insights/${insightSegment(insightId)}/sharing/${rest}`)

/** `GET …/insights/:id/sharing/`: PostHog answers a default (disabled, unsaved) configuration until one is saved. */
export function fetchSharingConfiguration(
  projectId: string,
  insightId: number,
  signal?: AbortSignal,
): Promise<SharingConfiguration> {
  return apiJson(sharingConfigurationSchema, { path: sharingPath(projectId, insightId), signal })
}

/** `PATCH …/insights/:id/sharing/`: enable or disable, change display settings, require a password. */
export function updateSharingConfiguration(
  projectId: string,
  insightId: number,
  patch: SharingConfigurationUpdate,
): Promise<SharingConfiguration> {
  return apiJson(sharingConfigurationSchema, { method: 'PATCH', path: sharingPath(projectId, insightId), body: patch })
}

/** `POST …/sharing/refresh/`: a new `access_token`; links with the old one stop working. */
export function refreshSharingAccessToken(projectId: string, insightId: number): Promise<SharingConfiguration> {
  return apiJson(sharingConfigurationSchema, { method: 'POST', path: sharingPath(projectId, insightId, 'refresh/') })
}

/**
 * `POST …/sharing/passwords/`: the answer is the only place the raw password ever appears. Only allowed while
 * `password_required` is on; without `raw_password` the server generates one.
 */
export function createSharePassword(
  projectId: string,
  insightId: number,
  body: SharePasswordCreate,
): Promise<CreatedSharePassword> {
  return apiJson(createdSharePasswordSchema, { method: 'POST', path: sharingPath(projectId, insightId, 'passwords/'), body })
}

/** `DELETE …/sharing/passwords/:id/`: 204, or 404 for an unknown or already removed password. */
export function deleteSharePassword(projectId: string, insightId: number, passwordId: string): Promise<void> {
  return apiSend({
    method: 'DELETE',
    path: sharingPath(projectId, insightId, `passwords/${encodeURIComponent(passwordId)}/`),
  })
}

export const sharingKeys = {
  all: ['sharing'] as const,
  project: (projectId: string) => [...sharingKeys.all, projectId] as const,
  config: (projectId: string, insightId: number) => [...sharingKeys.project(projectId), insightId] as const,
}

export const sharingQueries = {
  config: (projectId: string, insightId: number) =>
    queryOptions({
      queryKey: sharingKeys.config(projectId, insightId),
      queryFn: ({ signal }) => fetchSharingConfiguration(projectId, insightId, signal),
    }),
}

/** Every sharing change is written to the insight's activity log, so the history must be refetched. */
function afterSharingChange(client: QueryClient, projectId: string, insightId: number) {
  return Promise.all([
    client.invalidateQueries({ queryKey: activityKeys.insight(projectId, insightId) }),
    client.invalidateQueries({ queryKey: activityKeys.projectInsights(projectId) }),
  ])
}

export interface SharingUpdateVariables {
  insightId: number
  patch: SharingConfigurationUpdate
}

export interface SharePasswordCreateVariables {
  insightId: number
  body: SharePasswordCreate
}

export interface SharePasswordDeleteVariables {
  insightId: number
  passwordId: string
}

export const sharingMutations = {
  update: (projectId: string) =>
    mutationOptions({
      mutationKey: [...sharingKeys.project(projectId), 'update'],
      mutationFn: ({ insightId, patch }: SharingUpdateVariables) => updateSharingConfiguration(projectId, insightId, patch),
      onSuccess: async (config, { insightId }, _result, { client }) => {
        client.setQueryData(sharingKeys.config(projectId, insightId), config)
        await afterSharingChange(client, projectId, insightId)
      },
    }),

  refresh: (projectId: string) =>
    mutationOptions({
      mutationKey: [...sharingKeys.project(projectId), 'refresh'],
      mutationFn: (insightId: number) => refreshSharingAccessToken(projectId, insightId),
      onSuccess: async (config, insightId, _result, { client }) => {
        client.setQueryData(sharingKeys.config(projectId, insightId), config)
        await afterSharingChange(client, projectId, insightId)
      },
    }),

  /**
   * The raw password goes back to the caller only. It is never written to the query cache, and `gcTime: 0` drops the
   * finished mutation (which holds the answer) from the mutation cache as soon as no component watches it.
   */
  createPassword: (projectId: string) =>
    mutationOptions({
      mutationKey: [...sharingKeys.project(projectId), 'create-password'],
      mutationFn: ({ insightId, body }: SharePasswordCreateVariables) => createSharePassword(projectId, insightId, body),
      gcTime: 0,
      onSuccess: async (_created, { insightId }, _result, { client }) => {
        await Promise.all([
          client.invalidateQueries({ queryKey: sharingKeys.config(projectId, insightId) }),
          afterSharingChange(client, projectId, insightId),
        ])
      },
    }),

  /** Removes the password from the cached list at once; it comes back if the server refuses. */
  deletePassword: (projectId: string) =>
    mutationOptions({
      mutationKey: [...sharingKeys.project(projectId), 'delete-password'],
      mutationFn: ({ insightId, passwordId }: SharePasswordDeleteVariables) =>
        deleteSharePassword(projectId, insightId, passwordId),
      onMutate: async ({ insightId, passwordId }, { client }) => {
        const queryKey = sharingKeys.config(projectId, insightId)
        await client.cancelQueries({ queryKey })
        const previous = client.getQueryData<SharingConfiguration>(queryKey)
        if (previous) {
          client.setQueryData<SharingConfiguration>(queryKey, {
            ...previous,
            share_passwords: previous.share_passwords.filter((password) => password.id !== passwordId),
          })
        }
        return previous
      },
      onError: (_error, { insightId }, previous, { client }) => {
        if (previous) client.setQueryData(sharingKeys.config(projectId, insightId), previous)
      },
      onSettled: async (_data, _error, { insightId }, _previous, { client }) => {
        await Promise.all([
          client.invalidateQueries({ queryKey: sharingKeys.config(projectId, insightId) }),
          afterSharingChange(client, projectId, insightId),
        ])
      },
    }),
}

export function useUpdateSharing(projectId: string) {
  return useMutation(sharingMutations.update(projectId))
}

export function useRefreshSharingToken(projectId: string) {
  return useMutation(sharingMutations.refresh(projectId))
}

/** `mutateAsync` resolves with the created password, raw `password` included: show it once, keep it nowhere. */
export function useCreateSharePassword(projectId: string) {
  return useMutation(sharingMutations.createPassword(projectId))
}

export function useDeleteSharePassword(projectId: string) {
  return useMutation(sharingMutations.deletePassword(projectId))
}
