import { z } from 'zod/mini'

/** DRF's limit/offset page: `next`/`previous` are absolute URLs or null at either end. */
export function paginatedSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    count: z.int(),
    next: z.nullable(z.string()),
    previous: z.nullable(z.string()),
    results: z.array(item),
  })
}

export interface Paginated<Item> {
  count: number
  next: string | null
  previous: string | null
  results: Item[]
}
