import { renderHook } from '@testing-library/react'
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { noteWriteFailure, useWriteDeniedReason } from './write-access'
import { getConnection, useConnectionStore } from '@/stores/connection-store'

const refused = (scope: string) =>
  new ApiError(403, {
    type: 'authentication_error',
    code: 'permission_denied',
    detail: `API key missing required scope '${scope}'`,
  })

afterEach(() => {
  useConnectionStore.setState({ projectId: '1' })
})

describe('write access', () => {
  it('learns a read-only key from a refused write, per resource', () => {
    const { result } = renderHook(() => [useWriteDeniedReason('insight'), useWriteDeniedReason('element')])
    expect(result.current).toEqual([null, null])
    act(() => noteWriteFailure('element', refused('element:write')))
    expect(result.current).toEqual([null, "This API key is read-only here: it lacks the 'element:write' scope."])
  })

  it('ignores failures that say nothing about permissions, and forgets when the connection changes', () => {
    const { result } = renderHook(() => useWriteDeniedReason('insight'))
    act(() => noteWriteFailure('insight', new ApiError(500, { type: 'server_error', detail: 'A server error occurred.' })))
    expect(result.current).toBeNull()
    act(() => noteWriteFailure('insight', refused('insight:write'), getConnection()))
    expect(result.current).toMatch(/insight:write/)
    act(() => {
      useConnectionStore.setState({ projectId: '2' })
    })
    expect(result.current).toBeNull()
  })
})
