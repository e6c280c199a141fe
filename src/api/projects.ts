import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectSchema } from './schemas/project'
import { getConnection, type ConnectionSettings } from '@/stores/connection-store'

/** `GET /api/{projects|environments}/:id/` — the family follows the connection, like every project-scoped call. */
export function fetchProject(projectId: string, connection?: ConnectionSettings, signal?: AbortSignal) {
  const family = (connection ?? getConnection()).pathFamily
  return apiJson(projectSchema, {
    path: `${family}/${encodeURIComponent(projectId)}/`,
    ...(connection ? { connection } : {}),
    ...(signal ? { signal } : {}),
  })
}

export const projectKeys = {
  all: ['projects'] as const,
  detail: (projectId: string) => [...projectKeys.all, projectId] as const,
}

export const projectQueries = {
  detail: (projectId: string) =>
    queryOptions({
      queryKey: projectKeys.detail(projectId),
      queryFn: ({ signal }) => fetchProject(projectId, undefined, signal),
      staleTime: 5 * 60_000,
    }),
}
