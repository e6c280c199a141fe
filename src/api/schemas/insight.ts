import { z } from 'zod/mini'
import { insightQuerySchema } from './query'
import { userBasicSchema } from './user'

export { insightKindSchema, type InsightKind } from './query'

/** PostHog's `max_length` on insight `name`, `derived_name` and `description`. */
export const INSIGHT_TEXT_MAX_LENGTH = 400
const tooLong = `Ensure this field has no more than ${INSIGHT_TEXT_MAX_LENGTH} characters.`

const searchMatchTypeSchema = z.enum(['exact', 'similar'])

/** A field read tolerantly: missing, null or malformed, it reads as absent, and only this field degrades. */
function maybe<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.nullish(schema), null)
}
/** The same for a field the app always reads: it is then null. */
function nullOr<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z._default(z.nullable(schema), null), null)
}
const optionalText = nullOr(z.string())
const optionalUser = nullOr(userBasicSchema)
const noIds: number[] = []
const noTags: string[] = []

/**
 * A list whose malformed items are left out, so one bad row costs that row, never the whole answer.
 */
function rowsOf<Item extends z.ZodMiniType>(item: Item) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((rows) =>
      rows.flatMap((row) => {
        const parsed = item.safeParse(row)
        return parsed.success ? [parsed.data] : []
      }),
    ),
  )
}

/**
 * `InsightBasicSerializer` (lists with `basic=true`, `my_last_viewed`, `trending`), read tolerantly: only `id` and
 * `short_id` are required (they address the insight); every other field PostHog may send as null, or that the app can
 * do without, reads as a neutral value when missing, null or malformed. Unknown fields are dropped.
 */
const insightBasicSchema = z.object({
  id: z.int(),
  short_id: z.string(),
  name: optionalText,
  derived_name: optionalText,
  query: nullOr(insightQuerySchema),
  /** Legacy filters: `{}` when a query exists; insights saved by an older PostHog have only these (`insight`, `display` …). */
  filters: maybe(z.record(z.string(), z.unknown())),
  dashboards: z.catch(z._default(z.array(z.int()), noIds), noIds),
  description: optionalText,
  tags: z.catch(z._default(z.array(z.string()), noTags), noTags),
  favorited: z.catch(z._default(z.boolean(), false), false),
  saved: z.catch(z._default(z.boolean(), false), false),
  deleted: maybe(z.boolean()),
  /** `Insight.created_at` is `null=True`. */
  created_at: optionalText,
  created_by: optionalUser,
  last_modified_at: optionalText,
  last_modified_by: maybe(userBasicSchema),
  last_refresh: optionalText,
  last_viewed_at: maybe(z.string()),
  user_access_level: maybe(z.string()),
  /** Only when the list was filtered by `search`: whether the term matched literally or only approximately. */
  search_match_type: maybe(searchMatchTypeSchema),
})
export type InsightBasic = z.infer<typeof insightBasicSchema>

/** `InsightSerializer`: the full insight with its cached result (see `readInsightResult` for the per-type shapes). */
export const insightSchema = z.extend(insightBasicSchema, {
  order: nullOr(z.int()),
  result: z.unknown(),
  columns: maybe(z.array(z.string())),
  is_cached: maybe(z.boolean()),
  timezone: maybe(z.string()),
})
export type Insight = z.infer<typeof insightSchema>

/** DRF's limit/offset page of insights; a malformed row is left out rather than failing the page. */
function insightPageOf<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    count: z.int(),
    next: z.nullable(z.string()),
    previous: z.nullable(z.string()),
    results: rowsOf(item),
  })
}

export const insightListSchema = insightPageOf(insightSchema)
export type InsightList = z.infer<typeof insightListSchema>
export const insightBasicListSchema = insightPageOf(insightBasicSchema)
export type InsightBasicList = z.infer<typeof insightBasicListSchema>

/** `my_last_viewed`: a plain array of up to 5 basic insights, newest view first. */
export const myLastViewedSchema = rowsOf(insightBasicSchema)

/**
 * One `trending` row (`TrendingInsightSerializer`): a basic insight plus how many people viewed it in the window and
 * the latest of them (`viewers`, ≤ 3). Viewers that cannot be read are left out.
 */
export const trendingInsightSchema = z.extend(insightBasicSchema, {
  view_count: z.catch(z._default(z.int(), 0), 0),
  viewers: z.catch(z._default(rowsOf(userBasicSchema), []), []),
})
/** `{count: len(results), next: null, previous: null, results}`: not paged, `limit` (default 10, at most 100) caps it. */
export const trendingInsightListSchema = z.object({ results: rowsOf(trendingInsightSchema) })
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
export type InsightUpdate = Partial<InsightCreate>

/** `POST …/insights/generate_metadata/`: a suggested name and description for a query. */
export const generatedMetadataSchema = z.object({ name: z.string(), description: z.string() })
export type GeneratedMetadata = z.infer<typeof generatedMetadataSchema>

/** `POST …/insights/cancel/`: stops a running query by the id the client gave it (non-blank). */
export interface CancelQueryRequest {
  client_query_id: string
}

/** `GET|POST …/insights/:id/suggestions/`: follow-up insights worth building from this one. */
const insightSuggestionSchema = z.object({
  title: z.string(),
  description: z.string(),
  query: insightQuerySchema,
})
export const insightSuggestionsSchema = z.array(insightSuggestionSchema)

/** `GET …/insights/:id/analyze/`: a short written reading of the insight's result. */
export const insightAnalysisSchema = z.object({ summary: z.string(), highlights: z.array(z.string()) })

/** What an insight is called: its name, else the name PostHog derived from its query. */
export function insightDisplayName(insight: { name: string | null; derived_name: string | null }): string {
  return insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'
}
