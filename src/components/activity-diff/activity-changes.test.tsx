import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ActivityChanges, fieldLabel } from './activity-changes'

describe('ActivityChanges', () => {
  it('shows a rename as before and after, with the changed words marked', () => {
    const { container } = render(
      <ActivityChanges
        changes={[{ type: 'Insight', action: 'changed', field: 'name', before: 'Old name', after: 'New name' }]}
      />,
    )
    expect(screen.getByText('Name')).toBeInTheDocument()
    expect(container.querySelector('[data-diff-side="before"]')).toHaveTextContent('Before:Old name')
    expect(container.querySelector('[data-diff-side="after"]')).toHaveTextContent('After:New name')
    expect(container.querySelector('del')).toHaveTextContent('Old')
    expect(container.querySelector('ins')).toHaveTextContent('New')
  })

  it('shows tag changes as added and removed chips', () => {
    render(
      <ActivityChanges
        changes={[{ type: 'Insight', action: 'changed', field: 'tags', before: ['kpi', 'old'], after: ['kpi', 'new'] }]}
      />,
    )
    const chips = within(screen.getByRole('list', { name: 'Added and removed' })).getAllByRole('listitem')
    expect(chips.map((chip) => chip.textContent)).toEqual(['added: + new', 'removed: − old'])
  })

  it('says a query change in words, with the path-by-path diff one click away', async () => {
    render(
      <ActivityChanges
        changes={[
          {
            type: 'Insight',
            action: 'changed',
            field: 'query',
            before: { source: { interval: 'day' } },
            after: { source: { interval: 'week' } },
          },
        ]}
      />,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent('Interval changed from day to week')
    expect(screen.queryByText('source.interval')).toBeNull()
    const toggle = screen.getByRole('button', { name: 'Show raw diff' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    expect(screen.getByRole('button', { name: 'Hide raw diff' })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('source.interval')).toBeInTheDocument()
    expect(screen.getByText('day')).toBeInTheDocument()
    expect(screen.getByText('week')).toBeInTheDocument()
  })

  it('renders text from the API as text, never as HTML', () => {
    const { container } = render(
      <ActivityChanges
        changes={[
          { type: 'Insight', action: 'changed', field: 'description', before: null, after: '<img src=x onerror=alert(1)>' },
        ]}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
  })

  it('shows flags as on and off, and labels unknown fields readably', () => {
    render(<ActivityChanges changes={[{ type: 'Insight', action: 'changed', field: 'favorited', before: false, after: true }]} />)
    expect(screen.getByText('Favorite')).toBeInTheDocument()
    expect(screen.getByText('off')).toBeInTheDocument()
    expect(screen.getByText('on')).toBeInTheDocument()
    expect(fieldLabel('password_required')).toBe('Password required')
    expect(fieldLabel(null)).toBe('Change')
  })
})
