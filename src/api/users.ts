import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { organizationMemberListSchema, type OrganizationMemberList } from './schemas/member'
import { currentUserSchema, type CurrentUser } from './schemas/user'
import type { ConnectionSettings } from '@/stores/connection-store'

/** `GET /api/users/@me/` — also the cheapest way to check that an API key works. */
export function fetchCurrentUser(connection?: ConnectionSettings, signal?: AbortSignal): Promise<CurrentUser> {
  return apiJson(currentUserSchema, { path: 'users/@me/', ...(connection ? { connection } : {}), ...(signal ? { signal } : {}) })
}

export interface MemberListParams {
  limit?: number
  offset?: number
}

/** `GET /api/organizations/@current/members/`: who can appear as an author (the "Created by" filter). */
export function fetchOrganizationMembers(params: MemberListParams = {}, signal?: AbortSignal): Promise<OrganizationMemberList> {
  return apiJson(organizationMemberListSchema, {
    path: 'organizations/@current/members/',
    query: { limit: params.limit, offset: params.offset },
    signal,
  })
}

export const userKeys = {
  all: ['users'] as const,
  me: () => [...userKeys.all, 'me'] as const,
  members: (params: MemberListParams) => [...userKeys.all, 'members', params] as const,
}

export const userQueries = {
  me: () =>
    queryOptions({
      queryKey: userKeys.me(),
      queryFn: ({ signal }) => fetchCurrentUser(undefined, signal),
      staleTime: 5 * 60_000,
    }),
  members: (params: MemberListParams = {}) =>
    queryOptions({
      queryKey: userKeys.members(params),
      queryFn: ({ signal }) => fetchOrganizationMembers(params, signal),
      // Membership changes rarely and never from this app.
      staleTime: 5 * 60_000,
    }),
}
