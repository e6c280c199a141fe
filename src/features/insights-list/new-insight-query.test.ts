import { describe, expect, it } from 'vitest'
import { insightQuerySchema, insightKind } from '@/api/schemas/query'
import { creatableKinds, starterQuery } from './new-insight-query'

describe('starterQuery', () => {
  it.each(creatableKinds)('builds a %s query the contract accepts and reads back as that type', (kind) => {
    const query = starterQuery(kind)
    expect(insightQuerySchema.safeParse(query).success).toBe(true)
    expect(insightKind(query)).toBe(kind)
  })
})
