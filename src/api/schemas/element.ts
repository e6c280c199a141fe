import { z } from 'zod'
import { paginatedSchema } from './pagination'

/** PostHog's `ElementSerializer` (an autocaptured DOM element), plus the id the mock addresses it by. */
export const elementSchema = z.object({
  id: z.number().int(),
  text: z.string().nullable(),
  tag_name: z.string().nullable(),
  attr_class: z.array(z.string()).nullable(),
  href: z.string().nullable(),
  attr_id: z.string().nullable(),
  nth_child: z.number().int().nullable(),
  nth_of_type: z.number().int().nullable(),
  attributes: z.record(z.string(), z.string()),
  order: z.number().int().nullable(),
})
export type Element = z.infer<typeof elementSchema>

export const elementListSchema = paginatedSchema(elementSchema)
export type ElementList = z.infer<typeof elementListSchema>

/** Create and PATCH body: every field optional and nullable, as in the API reference. */
export const elementWriteSchema = z.object({
  text: z.string().nullable().optional(),
  tag_name: z.string().max(1000).nullable().optional(),
  attr_class: z.array(z.string()).nullable().optional(),
  href: z.string().max(2048).nullable().optional(),
  attr_id: z.string().max(1000).nullable().optional(),
  nth_child: z.number().int().nullable().optional(),
  nth_of_type: z.number().int().nullable().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  order: z.number().int().nullable().optional(),
})
export type ElementWrite = z.infer<typeof elementWriteSchema>

/** `GET …/elements/stats/`: elements grouped by their chain hash with how often that chain was clicked. */
const elementStatSchema = z.object({
  count: z.number().int(),
  hash: z.string().nullable(),
  type: z.string(),
  elements: z.array(elementSchema.omit({ id: true })),
})
export const elementStatsSchema = z.array(elementStatSchema)
export type ElementStat = z.infer<typeof elementStatSchema>

/** `GET …/elements/values/?key=tag_name&value=a`: distinct values of one element property. */
export const elementValuesSchema = z.array(z.object({ name: z.string() }))
export type ElementValues = z.infer<typeof elementValuesSchema>
