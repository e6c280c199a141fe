import { z } from 'zod/mini'

/**
 * A list read one item at a time: items that fail `item` are left out and counted, so one malformed entry costs its
 * own row, never the page. The answer carries `items` and how many were `unreadable`.
 */
export function tolerantArray<Item extends z.ZodMiniType>(item: Item) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values: unknown[]) => {
      const items: z.output<Item>[] = []
      let unreadable = 0
      for (const value of values) {
        const parsed = item.safeParse(value)
        if (parsed.success) items.push(parsed.data)
        else unreadable += 1
      }
      return { items, unreadable }
    }),
  )
}
