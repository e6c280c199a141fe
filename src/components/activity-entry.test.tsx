import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { ActivityEntry, activityActor } from './activity-entry'

const rename: ActivityLogEntry = {
  id: 'act-1',
  user: { id: 1, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.test' },
  activity: 'updated',
  scope: 'Insight',
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
    expect(screen.getByRole('listitem')).toHaveTextContent(/^ALAda Lovelace updated name on Signups · just now/)
    expect(screen.getByRole('link', { name: 'on Signups' })).toBeInTheDocument()
    expect(container.querySelector('[data-diff-side="after"]')).toHaveTextContent('After:Signups')
  })

  it('names system changes "System" and falls back to the email for nameless users', () => {
    expect(activityActor({ ...rename, user: null, is_system: true })).toBe('System')
    expect(activityActor({ ...rename, user: { ...rename.user!, first_name: '', last_name: '' } })).toBe('ada@example.test')
  })
})
