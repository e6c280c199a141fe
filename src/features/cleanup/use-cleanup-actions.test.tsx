import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { fetchInsight, fetchInsightList } from '@/api/insights'
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

describe('restoring a retired insight', () => {
  it('puts it back on the dashboards PostHog’s soft delete took it off, from the trail too', async () => {
    const page = await fetchInsightList(PROJECT_ID, { limit: 60 })
    const onDashboards = page.results.find((insight) => insight.dashboards.length > 0)
    if (!onDashboards) throw new Error('the mock seeds no insight on a dashboard')
    const retiring: ActionTarget = {
      id: onDashboards.id,
      shortId: onDashboards.short_id,
      name: 'On dashboards',
      dashboards: onDashboards.dashboards,
    }
    const { result } = renderHook(() => useCleanupActions(PROJECT_ID), {
      wrapper: queryClientWrapper(createTestQueryClient()),
    })

    await act(() => result.current.start('retire', [retiring]))
    const [entry] = useRetiredTrail.getState().entries
    expect(entry?.dashboards).toEqual(onDashboards.dashboards)

    // As from "Retired here" after a reload: the entry is all the page has.
    await act(() => result.current.start('restore', entry ? [entry] : []))
    const restored = await fetchInsight(PROJECT_ID, onDashboards.short_id)
    expect(restored.deleted).toBe(false)
    expect(restored.dashboards).toEqual(onDashboards.dashboards)
    expect(useRetiredTrail.getState().entries).toEqual([])
  })
})
