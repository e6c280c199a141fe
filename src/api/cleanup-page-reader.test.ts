import { describe, expect, it } from 'vitest'
import { readCleanupPage } from './cleanup-page-reader'
import { queryFingerprint } from '@/lib/query-normalize'

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)).buffer

const row = {
  id: 7,
  short_id: 'abc',
  name: 'Signups',
  derived_name: null,
  description: '',
  query: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: 'signup' }], dateRange: { date_from: '-14d' } },
  dashboards: [],
  tags: [],
  favorited: false,
  created_at: '2026-01-01T00:00:00Z',
  last_modified_at: '2026-01-02T00:00:00Z',
  last_viewed_at: null,
  is_sample: true,
  result: [{ data: [1, 2, 3] }],
  columns: null,
}

describe('readCleanupPage', () => {
  it('keeps what the rules read and the query only as its fingerprint; the cached result is dropped', () => {
    const reading = readCleanupPage(
      bytes({ count: 2, next: null, previous: null, results: [row, { ...row, id: 8, query: null }] }),
    )
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    const [first, second] = reading.data.results
    expect(first).not.toHaveProperty('result')
    expect(first).not.toHaveProperty('query')
    expect(first?.is_sample).toBe(true)
    expect(first?.queryFingerprint).toBe(queryFingerprint({ ...row.query, dateRange: { date_from: '-2w' } }))
    expect(second?.queryFingerprint).toBeNull()
  })

  it('says why a body could not be read: not JSON, or the field that does not fit', () => {
    expect(readCleanupPage(bytes('<html>proxy error</html>'))).toEqual({ ok: false, invalidJson: true })
    const reading = readCleanupPage(bytes({ count: 1, next: null, previous: null, results: [{ ...row, id: 'seven' }] }))
    expect(reading).toMatchObject({ ok: false, issue: { code: 'invalid_type', path: ['results', 0, 'id'], expected: 'number' } })
  })
})
