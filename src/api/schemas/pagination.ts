import { z } from 'zod'

/** DRF's limit/offset page: `next`/`previous` are absolute URLs or null at either end. */
export function paginatedSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  })
}

export interface Paginated<Item> {
  count: number
  next: string | null
  previous: string | null
  results: Item[]
}
