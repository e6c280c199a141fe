import { z } from 'zod/mini'
import { paginatedSchema } from './pagination'

/** PostHog's `ElementSerializer` (an autocaptured DOM element), plus the id the mock addresses it by. */
export const elementSchema = z.object({
  id: z.int(),
  text: z.nullable(z.string()),
  tag_name: z.nullable(z.string()),
  attr_class: z.nullable(z.array(z.string())),
  href: z.nullable(z.string()),
  attr_id: z.nullable(z.string()),
  nth_child: z.nullable(z.int()),
  nth_of_type: z.nullable(z.int()),
  attributes: z.record(z.string(), z.string()),
  order: z.nullable(z.int()),
})
export type Element = z.infer<typeof elementSchema>

export const elementListSchema = paginatedSchema(elementSchema)
export type ElementList = z.infer<typeof elementListSchema>

/** A `CharField(max_length=…)`, with DRF's message (zod/mini has no default wording). */
const charField = (maxLength: number) =>
  z.string().check(z.maxLength(maxLength, `Ensure this field has no more than ${maxLength} characters.`))

/** Create and PATCH body: every field optional and nullable, as in the API reference. */
export const elementWriteSchema = z.object({
  text: z.nullish(z.string()),
  tag_name: z.nullish(charField(1000)),
  attr_class: z.nullish(z.array(z.string())),
  href: z.nullish(charField(2048)),
  attr_id: z.nullish(charField(1000)),
  nth_child: z.nullish(z.int()),
  nth_of_type: z.nullish(z.int()),
  attributes: z.optional(z.record(z.string(), z.string())),
  order: z.nullish(z.int()),
})
export type ElementWrite = z.infer<typeof elementWriteSchema>

/** `GET …/elements/stats/`: elements grouped by their chain hash with how often that chain was clicked. */
const elementStatSchema = z.object({
  count: z.int(),
  hash: z.nullable(z.string()),
  type: z.string(),
  elements: z.array(z.omit(elementSchema, { id: true })),
})
export const elementStatsSchema = z.array(elementStatSchema)
export type ElementStat = z.infer<typeof elementStatSchema>

/** `GET …/elements/values/?key=tag_name&value=a`: distinct values of one element property. */
export const elementValuesSchema = z.array(z.object({ name: z.string() }))
export type ElementValues = z.infer<typeof elementValuesSchema>
