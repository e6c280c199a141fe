import { describe, expect, it } from 'vitest'
import type { CleanupInsight } from '@/api/insight-cleanup'
import type { Candidate } from './cleanup-rules'
import { retirePlanCsv } from './retire-plan-csv'

const NOW = Date.parse('2026-12-01T00:00:00Z')
const base: CleanupInsight = {
  id: 4,
  short_id: 'abcd1234',
  name: '=HYPERLINK("x")',
  derived_name: null,
  description: null,
  queryFingerprint: null,
  dashboards: [],
  tags: [],
  favorited: true,
  created_at: null,
  last_modified_at: '2025-01-01T00:00:00Z',
  last_viewed_at: null,
  is_sample: false,
}

describe('retirePlanCsv', () => {
  it('lists each insight with the action, its reasons, its signs of use and how it was selected', () => {
    const candidate: Candidate = {
      insight: base,
      groups: ['no-dashboard', 'unviewed', 'undocumented'],
      signs: [{ kind: 'favorited' }],
      keeper: null,
      proposed: false,
    }
    const lines = retirePlanCsv([candidate], 'retire', 90, NOW).trim().split('\r\n')
    expect(lines[0]).toBe('id,short_id,name,action,listed because,might be kept because,selection')
    expect(lines[1]).toBe(
      `4,abcd1234,"'=HYPERLINK(""x"")",soft-delete (deleted: true),On no dashboard; Never viewed; No tags and no description,Favorited,selected by override`,
    )
    expect(retirePlanCsv([{ ...candidate, signs: [], proposed: true }], 'tag', 90, NOW, 'archive')).toContain(
      'add tag ""archive""',
    )
  })
})
