import { z } from 'zod/mini'

const optional = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined)

/** The tag manager's URL: a name filter and the sort; absent means "all tags, most used first". */
export const tagManagerSearchSchema = z.object({
  q: optional(z.string()),
  sort: optional(z.enum(['count', 'name'])),
})
