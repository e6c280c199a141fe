import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InsightListWalkBar, type InsightListWalk } from './insight-list-walk'

const neighbour = (shortId: string) => ({ shortId, name: `Insight ${shortId}`, href: `/project/1/insights/${shortId}` })

function walkAt(index: number, count: number, next: ReturnType<typeof neighbour> | null, open = vi.fn()): InsightListWalk {
  return { listHref: '/project/1/insights', place: { index, count }, previous: neighbour('prev'), next, open, openList: vi.fn() }
}

describe('InsightListWalkBar', () => {
  it('takes a ] pressed before the next page of the list has loaded once that insight is known', async () => {
    const open = vi.fn()
    const user = userEvent.setup()
    const { rerender } = render(<InsightListWalkBar walk={walkAt(50, 120, null, open)} name="Last of the page" />)
    await user.keyboard(']')
    expect(open).not.toHaveBeenCalled()
    rerender(<InsightListWalkBar walk={walkAt(50, 120, neighbour('next'), open)} name="Last of the page" />)
    expect(open).toHaveBeenCalledExactlyOnceWith(neighbour('next'))
  })

  it('ignores ] on the last insight of the whole list', async () => {
    const open = vi.fn()
    const user = userEvent.setup()
    const { rerender } = render(<InsightListWalkBar walk={walkAt(120, 120, null, open)} name="Last one" />)
    await user.keyboard(']')
    rerender(<InsightListWalkBar walk={walkAt(120, 120, null, open)} name="Last one" />)
    expect(open).not.toHaveBeenCalled()
  })

  it('[ opens the previous insight at once', async () => {
    const open = vi.fn()
    const user = userEvent.setup()
    render(<InsightListWalkBar walk={walkAt(50, 120, null, open)} name="Middle" />)
    await user.keyboard('[[')
    expect(open).toHaveBeenCalledExactlyOnceWith(neighbour('prev'))
  })
})
