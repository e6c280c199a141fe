import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { createTestQueryClient, PROJECT_ID, queryClientWrapper, resetMockData } from '@/api/test-support'
import { useRetiredTrail } from './retired-trail-store'
import { useCleanupActions, type ActionTarget } from './use-cleanup-actions'

beforeEach(() => {
  resetMockData()
  useRetiredTrail.setState({ entries: [] })
})

const targets: ActionTarget[] = [
  { id: 1, shortId: 'a', name: 'First' },
  { id: 2, shortId: 'b', name: 'Second' },
]

describe('useCleanupActions', () => {
  it('a Retry that succeeds lists the retried insights as plain targets, without the failure they had', async () => {
    let refuse = true
    mockServer.use(
      http.patch('*/api/:family/:projectId/insights/2/', () =>
        refuse
          ? HttpResponse.json(
              { type: 'server_error', code: 'error', detail: 'Refused for the test.', attr: null },
              { status: 500 },
            )
          : undefined,
      ),
    )
    const { result } = renderHook(() => useCleanupActions(PROJECT_ID), {
      wrapper: queryClientWrapper(createTestQueryClient()),
    })

    await act(() => result.current.start('retire', targets))
    const first = result.current.run
    expect(first?.succeeded).toEqual([targets[0]])
    expect(first?.failed).toEqual([{ ...targets[1], message: expect.stringMatching(/Refused for the test/) as unknown }])

    refuse = false
    await act(() => result.current.start('retire', first?.failed ?? [], '', first?.succeeded))
    await waitFor(() => expect(result.current.run?.status).toBe('done'))
    expect(result.current.run?.failed).toEqual([])
    expect(result.current.run?.succeeded).toStrictEqual(targets)
    expect(
      useRetiredTrail
        .getState()
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual([1, 2])
  })
})
