import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { ActivityEntry, activityActor } from './activity-entry'

const rename: ActivityLogEntry = {
  id: '00000000-0000-4000-8000-000000000001',
  user: { first_name: 'Ada', email: 'ada@example.test' },
  activity: 'updated',
  item_id: '7',
  detail: {
    name: 'Signups',
    short_id: 'abcd1234',
    changes: [{ type: 'Insight', action: 'changed', field: 'name', before: 'Old', after: 'Signups' }],
  },
  created_at: new Date().toISOString(),
}

describe('ActivityEntry', () => {
  it('says who changed which fields, with the subject after the verb and the diff below', () => {
    const { container } = render(
      <ol>
        <ActivityEntry entry={rename} subject={<a href="/x">on Signups</a>} />
      </ol>,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent(/^AAda updated name on Signups · just now/)
    expect(screen.getByRole('link', { name: 'on Signups' })).toBeInTheDocument()
    expect(container.querySelector('[data-diff-side="after"]')).toHaveTextContent('After:Signups')
  })

  it('names system changes "System" and falls back to the email for nameless users', () => {
    expect(activityActor({ ...rename, user: { first_name: 'System', email: null, is_system: true } })).toBe('System')
    expect(activityActor({ ...rename, user: { first_name: '', email: 'ada@example.test' } })).toBe('ada@example.test')
    expect(activityActor({ ...rename, user: null })).toBe('A deleted user')
  })

  it('shows an entry whose detail is null, without a diff', () => {
    render(
      <ol>
        <ActivityEntry entry={{ ...rename, detail: null }} />
      </ol>,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent(/^AAda updated · just now$/)
  })
})
