import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { describeSharingRefusal, isWriteForbidden } from './sharing-write-errors'

const forbidden = (detail: string) => new ApiError(403, { type: 'authentication_error', code: 'permission_denied', detail })

describe('sharing write errors', () => {
  it('treats a missing write scope as a read-only key', () => {
    expect(isWriteForbidden(forbidden("API key missing required scope 'sharing_configuration:write'"))).toBe(true)
  })

  it('does not lock the tab for other refusals', () => {
    expect(isWriteForbidden(forbidden('Password protection is not available on your plan.'))).toBe(false)
    expect(isWriteForbidden(new Error('offline'))).toBe(false)
  })

  it('words a validation refusal with the server’s own detail and field', () => {
    const error = new ApiError(400, {
      type: 'validation_error',
      code: 'invalid',
      detail: 'Password must be at least 8 characters long.',
      attr: 'raw_password',
    })
    expect(describeSharingRefusal(error)).toBe('Password must be at least 8 characters long. (field: raw_password)')
    expect(describeSharingRefusal(forbidden('Password protection is not available on your plan.'))).toBe(
      'Not allowed: Password protection is not available on your plan.',
    )
  })
})
