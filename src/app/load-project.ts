import { notFound } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/http'
import { projectQueries } from '@/api/projects'

const PROJECT_ID = /^\d+$/

/** Project pages need a project that exists: a malformed or unknown id is the not-found page, not an error. */
export async function loadProjectOrNotFound(queryClient: QueryClient, projectId: string): Promise<void> {
  if (!PROJECT_ID.test(projectId)) throw notFound()
  try {
    await queryClient.ensureQueryData(projectQueries.detail(projectId))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound()
    throw error
  }
}
