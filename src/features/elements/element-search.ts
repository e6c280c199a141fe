import { z } from 'zod/mini'

/** Elements per "Load more"; PostHog's list pages 100 at a time by default. */
export const ELEMENT_PAGE_SIZE = 100

/** The element properties `elements/values/` can list, which are also the table's filters. */
export const elementFilterKeys = ['tag_name', 'text', 'href', 'selector'] as const
export type ElementFilterKey = (typeof elementFilterKeys)[number]

const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)
const filterValue = optional(z.string().check(z.minLength(1)))

/**
 * The page's URL: one text filter per property, and whether the click summary also counts rage clicks and dead
 * clicks. Junk falls back to "not set", so a stale link still opens the page.
 */
export const elementSearchSchema = z.object({
  tag_name: filterValue,
  text: filterValue,
  href: filterValue,
  selector: filterValue,
  rageclicks: optional(z.boolean()),
  deadclicks: optional(z.boolean()),
})
export type ElementSearch = z.infer<typeof elementSearchSchema>
