import { describe, expect, it } from 'vitest'
import {
  feedScanPhase,
  feedScanSummary,
  nextScanTarget,
  shouldFetchNextPage,
  shownMatchCount,
  type FeedScanState,
} from './feed-scan'

const searching: FeedScanState = {
  matches: 3,
  scanned: 200,
  total: 1086,
  wanted: 20,
  hasMore: true,
  fetching: false,
  failed: false,
  stopped: false,
}

describe('the feed search loop', () => {
  it('asks for the next page while matches are short, one page at a time', () => {
    expect(shouldFetchNextPage(searching)).toBe(true)
    expect(shouldFetchNextPage({ ...searching, fetching: true })).toBe(false)
    expect(feedScanPhase({ ...searching, fetching: true })).toBe('searching')
  })

  it('pauses with enough matches and shows only those asked for; "Find more" shows the next batch, then reads on', () => {
    const enough = { ...searching, matches: 53 }
    expect(shouldFetchNextPage(enough)).toBe(false)
    expect(feedScanPhase(enough)).toBe('enough')
    expect(shownMatchCount(enough)).toBe(20)
    const more = { ...enough, wanted: nextScanTarget(enough) }
    expect(more.wanted).toBe(40)
    expect(shownMatchCount(more)).toBe(40)
    expect(shouldFetchNextPage(more)).toBe(false)
    const short = { ...searching, matches: 23, wanted: nextScanTarget({ ...searching, matches: 23, wanted: 20 }) }
    expect(short.wanted).toBe(40)
    expect(shouldFetchNextPage(short)).toBe(true)
  })

  it('never goes on after a stop or a failed page', () => {
    expect(shouldFetchNextPage({ ...searching, stopped: true })).toBe(false)
    expect(feedScanPhase({ ...searching, stopped: true })).toBe('stopped')
    expect(shouldFetchNextPage({ ...searching, failed: true })).toBe(false)
    expect(feedScanPhase({ ...searching, failed: true })).toBe('failed')
  })

  it('ends with the history, even when short of matches or stopped on the last page', () => {
    const end = { ...searching, scanned: 1086, hasMore: false }
    expect(shouldFetchNextPage(end)).toBe(false)
    expect(feedScanPhase(end)).toBe('finished')
    expect(feedScanPhase({ ...end, stopped: true })).toBe('finished')
  })

  it('says what was read and found in each phase', () => {
    expect(feedScanSummary(searching)).toBe('Searching older entries: 200 of 1,086 read, 3 matches so far.')
    expect(feedScanSummary({ ...searching, matches: 20 })).toBe('20 matches in the newest 200 of 1,086 entries.')
    expect(feedScanSummary({ ...searching, matches: 53 })).toBe('Showing 20 of 53 matches in the newest 200 of 1,086 entries.')
    expect(feedScanSummary({ ...searching, stopped: true, matches: 1 })).toBe(
      'Stopped: 1 match in the newest 200 of 1,086 entries.',
    )
    expect(feedScanSummary({ ...searching, failed: true })).toBe(
      'Search paused by an error: 3 matches in the newest 200 of 1,086 entries.',
    )
    expect(feedScanSummary({ ...searching, hasMore: false, scanned: 1086, matches: 0 })).toBe('0 matches in all 1,086 entries.')
  })
})
