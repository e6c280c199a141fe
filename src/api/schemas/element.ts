import { z } from 'zod/mini'
import { tolerantArray } from './tolerant'

/*
 * PostHog's `ElementSerializer` (posthog/api/element.py), read tolerantly: it sends no id (an element cannot be
 * addressed through the API), every model field may be null, unknown fields are ignored, and a malformed element is
 * left out of its page and counted rather than failing it.
 */
const elementSchema = z.object({
  text: z.catch(z.nullish(z.string()), null),
  tag_name: z.catch(z.nullish(z.string()), null),
  attr_class: z.catch(z.nullish(z.array(z.string())), null),
  href: z.catch(z.nullish(z.string()), null),
  attr_id: z.catch(z.nullish(z.string()), null),
  nth_child: z.catch(z.nullish(z.number()), null),
  nth_of_type: z.catch(z.nullish(z.number()), null),
})
export type Element = z.infer<typeof elementSchema>

/** DRF's limit/offset page of elements; `count` is what "Showing n of N" needs, the rest is optional. */
export const elementListSchema = z.pipe(
  z.object({
    count: z.catch(z.nullish(z.number()), null),
    next: z.catch(z.nullish(z.string()), null),
    results: tolerantArray(elementSchema),
  }),
  z.transform(({ results, ...page }) => ({ ...page, results: results.items, unreadable: results.unreadable })),
)
export type ElementList = z.infer<typeof elementListSchema>

/** One group of `GET …/elements/stats/`: an element chain with how often it was clicked, and by which event. */
const elementStatSchema = z.object({
  count: z.number(),
  type: z.catch(z.nullish(z.string()), null),
  elements: z.catch(z.array(elementSchema), []),
})
export type ElementStat = z.infer<typeof elementStatSchema>

/** `GET …/elements/stats/`: PostHog pages the groups as `{results, next, previous}`; only `results` is read. */
export const elementStatsSchema = z.pipe(
  z.object({ results: tolerantArray(elementStatSchema) }),
  z.transform(({ results }) => results.items),
)

/** `GET …/elements/values/?key=tag_name&value=a`: distinct values of one element property. */
export const elementValuesSchema = z.pipe(
  tolerantArray(z.object({ name: z.string() })),
  z.transform(({ items }) => items),
)
export type ElementValues = z.infer<typeof elementValuesSchema>
