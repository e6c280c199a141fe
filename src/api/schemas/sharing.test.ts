import { describe, expect, it } from 'vitest'
import { bulkUpdateTagsRequestSchema } from './tag'
import { createdSharePasswordSchema, sharePasswordCreateSchema, sharingConfigurationSchema } from './sharing'
import { thresholdSchema } from './threshold'

describe('sharing schemas', () => {
  it('parses an unsaved configuration and normalises numeric password ids to strings', () => {
    const config = sharingConfigurationSchema.parse({
      created_at: null,
      enabled: false,
      access_token: null,
      settings: null,
      password_required: true,
      share_passwords: [
        { id: 12, created_at: '2026-01-01T00:00:00Z', note: null, created_by_email: 'ada@hogflix.example', is_active: true },
      ],
    })
    expect(config.share_passwords[0]?.id).toBe('12')
  })

  it('validates raw passwords (≥ 8 characters or empty for generated) and notes (≤ 100)', () => {
    expect(sharePasswordCreateSchema.safeParse({ raw_password: 'short' }).error?.issues[0]?.message).toBe(
      'Password must be at least 8 characters long.',
    )
    expect(sharePasswordCreateSchema.safeParse({ raw_password: '' }).success).toBe(true)
    expect(sharePasswordCreateSchema.safeParse({}).success).toBe(true)
    expect(sharePasswordCreateSchema.safeParse({ note: 'n'.repeat(101) }).success).toBe(false)
  })

  it('carries the raw password only in the created-password shape', () => {
    expect(
      createdSharePasswordSchema.parse({ id: 'a', password: 'secret-123', note: '', created_at: 'x', created_by_email: 'e' })
        .password,
    ).toBe('secret-123')
  })
})

describe('threshold and tag schemas', () => {
  it('accepts lower and/or upper bounds', () => {
    for (const bounds of [{ lower: 1 }, { upper: 2 }, { lower: 1, upper: 2 }]) {
      expect(
        thresholdSchema.safeParse({ id: 't', created_at: 'x', name: 'n', configuration: { type: 'absolute', bounds } }).success,
      ).toBe(true)
    }
    expect(thresholdSchema.safeParse({ id: 't', created_at: 'x', name: 'n', configuration: { type: 'relative' } }).success).toBe(
      false,
    )
  })

  it('needs tags for add and remove, not for set, and at most 500 ids', () => {
    expect(bulkUpdateTagsRequestSchema.safeParse({ ids: [1], action: 'add', tags: [] }).error?.issues[0]?.message).toBe(
      "tags must not be empty for action 'add'.",
    )
    expect(bulkUpdateTagsRequestSchema.safeParse({ ids: [1], action: 'set', tags: [] }).success).toBe(true)
    expect(
      bulkUpdateTagsRequestSchema.safeParse({ ids: Array.from({ length: 501 }, (_, i) => i), action: 'set', tags: [] }).success,
    ).toBe(false)
  })
})
