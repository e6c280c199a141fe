import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'
import { insightQuerySchema } from './query'
import { userBasicSchema } from './user'

export { insightKindSchema, type InsightKind } from './query'

/** PostHog's `max_length` on insight `name`, `derived_name` and `description`. */
export const INSIGHT_TEXT_MAX_LENGTH = 400
const tooLong = `Ensure this field has no more than ${INSIGHT_TEXT_MAX_LENGTH} characters.`

const searchMatchTypeSchema = z.enum(['exact', 'similar'])
export type SearchMatchType = z.infer<typeof searchMatchTypeSchema>

/**
 * `InsightBasicSerializer` (lists with `basic=true`, `my_last_viewed`, `trending`): everything but the computed result.
 * Fields PostHog leaves out of the basic form are optional here.
 */
const insightBasicSchema = z.object({
  id: z.int(),
  short_id: z.string(),
  name: z.nullable(z.string()),
  derived_name: z.nullable(z.string()),
  query: z.nullable(insightQuerySchema),
  /** Legacy filters: `{}` when a query exists; insights saved by an older PostHog have only these (`insight`, `display` …). */
  filters: z.nullish(z.record(z.string(), z.unknown())),
  dashboards: z.array(z.int()),
  description: z.nullable(z.string()),
  tags: z.array(z.string()),
  favorited: z.boolean(),
  saved: z.boolean(),
  deleted: z.optional(z.boolean()),
  created_at: z.string(),
  created_by: z.nullable(userBasicSchema),
  last_modified_at: z.string(),
  last_modified_by: z.nullish(userBasicSchema),
  last_refresh: z.nullable(z.string()),
  last_viewed_at: z.nullish(z.string()),
  user_access_level: z.nullish(z.string()),
  /** Only when the list was filtered by `search`: whether the term matched literally or only approximately. */
  search_match_type: z.nullish(searchMatchTypeSchema),
})
export type InsightBasic = z.infer<typeof insightBasicSchema>

/** `InsightSerializer`: the full insight with its cached result (see `readInsightResult` for the per-type shapes). */
export const insightSchema = z.extend(insightBasicSchema, {
  order: z.nullable(z.int()),
  deleted: z.boolean(),
  last_modified_by: z.nullable(userBasicSchema),
  result: z.unknown(),
  columns: z.nullish(z.array(z.string())),
  is_cached: z.boolean(),
  timezone: z.nullable(z.string()),
})
export type Insight = z.infer<typeof insightSchema>

export const insightListSchema = paginatedSchema(insightSchema)
export type InsightList = z.infer<typeof insightListSchema>
export const insightBasicListSchema = paginatedSchema(insightBasicSchema)
export type InsightBasicList = z.infer<typeof insightBasicListSchema>

/** `my_last_viewed`: a plain array of up to 5 basic insights, newest view first. */
export const myLastViewedSchema = z.array(insightBasicSchema)

/** One `trending` row: a basic insight plus how often it was viewed in the window and by whom lately (≤ 3). */
export const trendingInsightSchema = z.extend(insightBasicSchema, {
  view_count: z.int(),
  recent_viewers: z.array(userBasicSchema),
})
export type TrendingInsight = z.infer<typeof trendingInsightSchema>
export const trendingInsightListSchema = paginatedSchema(trendingInsightSchema)
export type TrendingInsightList = z.infer<typeof trendingInsightListSchema>

const insightText = z.string().check(z.maxLength(INSIGHT_TEXT_MAX_LENGTH, tooLong))

/** Create body; `PATCH` takes the same fields, all optional (`deleted: true` soft-deletes, `false` restores). */
export const insightCreateSchema = z.object({
  name: z.nullish(insightText),
  derived_name: z.nullish(insightText),
  query: z.nullish(insightQuerySchema),
  order: z.nullish(z.int()),
  deleted: z.optional(z.boolean()),
  dashboards: z.optional(z.array(z.int())),
  description: z.nullish(insightText),
  tags: z.optional(z.array(z.string())),
  favorited: z.optional(z.boolean()),
  saved: z.optional(z.boolean()),
})
export type InsightCreate = z.infer<typeof insightCreateSchema>
export const insightUpdateSchema = z.partial(insightCreateSchema)
export type InsightUpdate = z.infer<typeof insightUpdateSchema>

/** `POST …/insights/viewed/`. */
export const insightViewedRequestSchema = z.object({
  insight_ids: z.array(z.int()).check(z.minLength(1, 'This list may not be empty.')),
})

/** `POST …/insights/generate_metadata/`: a suggested name and description for a query. */
export const generateMetadataRequestSchema = z.object({ query: insightQuerySchema })
export const generatedMetadataSchema = z.object({ name: z.string(), description: z.string() })
export type GeneratedMetadata = z.infer<typeof generatedMetadataSchema>

/** `POST …/insights/cancel/`: stops a running query by the id the client gave it. */
export const cancelQueryRequestSchema = z.object({
  client_query_id: z.string().check(z.minLength(1, 'This field may not be blank.')),
})
export type CancelQueryRequest = z.infer<typeof cancelQueryRequestSchema>

/** `GET|POST …/insights/:id/suggestions/`: follow-up insights worth building from this one. */
const insightSuggestionSchema = z.object({
  title: z.string(),
  description: z.string(),
  query: insightQuerySchema,
})
export const insightSuggestionsSchema = z.array(insightSuggestionSchema)
export type InsightSuggestion = z.infer<typeof insightSuggestionSchema>

/** `GET …/insights/:id/analyze/`: a short written reading of the insight's result. */
export const insightAnalysisSchema = z.object({ summary: z.string(), highlights: z.array(z.string()) })
export type InsightAnalysis = z.infer<typeof insightAnalysisSchema>

/** What an insight is called: its name, else the name PostHog derived from its query. */
export function insightDisplayName(insight: { name: string | null; derived_name: string | null }): string {
  return insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'
}
