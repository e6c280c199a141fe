import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './http'
import { projectScoped } from './project-scope'
import { tagListSchema, type TagList } from './schemas/tag'

/*
 * Tags are written through insights (`PATCH …/insights/:id/` and `…/insights/bulk_update_tags/`, in insights.ts);
 * this module only reads the project's vocabulary for pickers and filters.
 */

/** `GET …/tags/`: every tag name in use in the project. */
export function fetchTags(projectId: string, signal?: AbortSignal): Promise<TagList> {
  return apiJson(tagListSchema, { path: projectScoped(projectId, 'tags/'), signal })
}

export const tagKeys = {
  all: ['tags'] as const,
  list: (projectId: string) => [...tagKeys.all, projectId] as const,
}

export const tagQueries = {
  list: (projectId: string) =>
    queryOptions({
      queryKey: tagKeys.list(projectId),
      queryFn: ({ signal }) => fetchTags(projectId, signal),
      // A tag picker opens often and the vocabulary changes only when someone tags; mutations invalidate it.
      staleTime: 60_000,
      select: (tags) => [...tags].sort((a, b) => a.localeCompare(b)),
    }),
}
