import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
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

/** A tag and how many live insights carry it. */
export interface TagUsage {
  name: string
  count: number
}

const countOnlySchema = z.object({ count: z.number() })

/** How many insights carry `tag`: one `limit=1` list request, of which only `count` is read. */
export function fetchTagUsageCount(projectId: string, tag: string, signal?: AbortSignal): Promise<number> {
  return apiJson(countOnlySchema, {
    path: projectScoped(projectId, 'insights/'),
    query: { tags: [tag], limit: 1, basic: 'true' },
    signal,
  }).then((page) => page.count)
}

/** Requests in flight at once while counting, so a project with hundreds of tags does not flood the server. */
const USAGE_CONCURRENCY = 6

/**
 * Every tag with its insight count, most used first. PostHog's tags endpoint answers names only and the insights list
 * has no facet counts, so each tag costs one `limit=1` request (at most six at a time); see docs/decisions.md.
 */
export async function fetchTagUsage(projectId: string, signal?: AbortSignal): Promise<TagUsage[]> {
  const names = await fetchTags(projectId, signal)
  const usage: TagUsage[] = new Array<TagUsage>(names.length)
  let next = 0
  const worker = async () => {
    while (next < names.length) {
      const index = next++
      const name = names[index] as string
      usage[index] = { name, count: await fetchTagUsageCount(projectId, name, signal) }
    }
  }
  await Promise.all(Array.from({ length: Math.min(USAGE_CONCURRENCY, names.length) }, worker))
  return usage.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

export const tagKeys = {
  all: ['tags'] as const,
  list: (projectId: string) => [...tagKeys.all, projectId] as const,
  usage: (projectId: string) => [...tagKeys.list(projectId), 'usage'] as const,
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
  /** Tags with insight counts, for autocomplete and the tag manager; invalidated with the list (its key is a prefix). */
  usage: (projectId: string) =>
    queryOptions({
      queryKey: tagKeys.usage(projectId),
      queryFn: ({ signal }) => fetchTagUsage(projectId, signal),
      staleTime: 60_000,
    }),
}

/** PostHog's largest page of insights. */
const TAGGED_PAGE_SIZE = 1000

const taggedInsightPageSchema = z.object({
  next: z.nullable(z.string()),
  results: z.array(z.object({ id: z.number(), tags: z.array(z.string()) })),
})

/** An insight's id and tags: all the tag manager needs to plan a change. */
export interface TaggedInsight {
  id: number
  tags: string[]
}

/**
 * Every live insight carrying `tag`, with its tags, paging through `GET …/insights/?tags=["tag"]&basic=true` (PostHog
 * has no endpoint listing a tag's insights). Rows are read down to id and tags, so a thousand of them stay small.
 */
export async function fetchTaggedInsights(projectId: string, tag: string, signal?: AbortSignal): Promise<TaggedInsight[]> {
  const insights: TaggedInsight[] = []
  for (let offset = 0; ; offset += TAGGED_PAGE_SIZE) {
    const page = await apiJson(taggedInsightPageSchema, {
      path: projectScoped(projectId, 'insights/'),
      query: { tags: [tag], basic: 'true', limit: TAGGED_PAGE_SIZE, offset, order: 'id' },
      signal,
    })
    insights.push(...page.results)
    if (page.next === null || page.results.length === 0) return insights
  }
}

export const tagInsightsKey = (projectId: string, tag: string) => [...tagKeys.list(projectId), 'insights', tag] as const

/** The insights carrying one tag, for the tag manager's previews; under the tags key, so tag writes invalidate it. */
export const taggedInsightsQuery = (projectId: string, tag: string) =>
  queryOptions({
    queryKey: tagInsightsKey(projectId, tag),
    queryFn: ({ signal }) => fetchTaggedInsights(projectId, tag, signal),
  })
