import { z } from 'zod/mini'
import type { AnswerReading } from './http'
import { paginatedSchema, type Paginated } from './schemas/pagination'
import { queryFingerprint } from '@/lib/query-normalize'

/**
 * What the clean-up page reads of each insight, from the full list (`InsightSerializer`): `is_sample` is only in the full
 * serializer, not in `InsightBasicSerializer`. The query is read as sent (`unknown`) and kept only as its fingerprint,
 * which is what duplicates are found by; the cached `result` is not kept.
 */
const cleanupInsightSchema = z.object({
  id: z.int(),
  short_id: z.string(),
  name: z.nullable(z.string()),
  derived_name: z.nullish(z.string()),
  description: z.nullish(z.string()),
  query: z.unknown(),
  dashboards: z.array(z.int()),
  tags: z.array(z.string()),
  favorited: z.boolean(),
  created_at: z.nullable(z.string()),
  last_modified_at: z.string(),
  last_viewed_at: z.nullish(z.string()),
  is_sample: z.optional(z.boolean()),
})
export type CleanupInsight = Omit<z.infer<typeof cleanupInsightSchema>, 'query'> & {
  /** The normalized query (`queryFingerprint`); equal for insights that ask the same question. Null without a query. */
  queryFingerprint: string | null
}

const cleanupPageSchema = paginatedSchema(cleanupInsightSchema)
export type CleanupPage = Paginated<CleanupInsight>

/**
 * Reads one page of the full list from its bytes, and normalizes each query for duplicate detection. A page of the full
 * serializer carries every insight's cached result (4.5 MB for 1,000 insights of the mock), so this runs in a worker
 * (`cleanup-page-worker.ts`): parsing such a page on the main thread held it for 90–170 ms. What comes back is small and
 * plain (no query, no result), so copying it to the page is cheap.
 */
export function readCleanupPage(body: ArrayBuffer): AnswerReading<CleanupPage> {
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder().decode(body))
  } catch {
    return { ok: false, invalidJson: true }
  }
  const parsed = cleanupPageSchema.safeParse(data)
  if (parsed.success) {
    const results = parsed.data.results.map(({ query, ...insight }) => ({
      ...insight,
      queryFingerprint: query === null || query === undefined ? null : queryFingerprint(query),
    }))
    return { ok: true, data: { ...parsed.data, results } }
  }
  const issue = parsed.error.issues[0]
  if (!issue) return { ok: false }
  const { code, path, message } = issue
  return {
    ok: false,
    issue: {
      code,
      path,
      message,
      ...('expected' in issue && typeof issue.expected === 'string' ? { expected: issue.expected } : {}),
      ...('values' in issue && Array.isArray(issue.values) ? { values: issue.values } : {}),
    },
  }
}
