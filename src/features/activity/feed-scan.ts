/*
 * Searching a history the server cannot filter. PostHog's `insights/activity/` takes only `page` and `limit`, so with a
 * user or change filter set the feed reads page after page and filters in the browser, until it has found enough
 * matches, the history ends, a page fails, or the person stops it. These are the rules of that loop and its wording,
 * kept apart from React so they can be tested on their own.
 */

/** Entries read per request while searching: PostHog's page size cap as the mock applies it, so a search takes few trips. */
export const FEED_SCAN_PAGE_SIZE = 100

/** Matches a search collects before it pauses; "Find more matches" asks for this many more. */
export const FEED_SCAN_MATCH_TARGET = 20

export interface FeedScanState {
  /** Matching entries among those read so far. */
  matches: number
  /** Entries read so far. */
  scanned: number
  /** Entries in the whole history, as the server counts them. */
  total: number
  /** How many matches the person asked for. */
  wanted: number
  /** The server says there is an older page. */
  hasMore: boolean
  /** A page is on its way. */
  fetching: boolean
  /** The last page failed; the person retries or changes the filters. */
  failed: boolean
  /** The person pressed Stop. */
  stopped: boolean
}

export type FeedScanPhase = 'searching' | 'enough' | 'stopped' | 'finished' | 'failed'

export function feedScanPhase(state: FeedScanState): FeedScanPhase {
  if (state.failed) return 'failed'
  if (!state.hasMore && !state.fetching) return 'finished'
  if (state.stopped) return 'stopped'
  if (state.matches >= state.wanted && !state.fetching) return 'enough'
  return 'searching'
}

/** Whether to ask for the next page now: only one page at a time, and never after a stop, a failure or enough. */
export function shouldFetchNextPage(state: FeedScanState): boolean {
  return !state.fetching && !state.failed && !state.stopped && state.hasMore && state.matches < state.wanted
}

/**
 * The matches to show: as many as were asked for. A page of 100 entries can hold more matches than that; the rest
 * wait for "Find more matches", so a busy filter does not render hundreds of diffs at once.
 */
export function shownMatchCount(state: Pick<FeedScanState, 'matches' | 'wanted'>): number {
  return Math.min(state.matches, state.wanted)
}

/** How many matches to show after "Find more matches" or "Continue searching": another batch beyond those shown. */
export function nextScanTarget(state: Pick<FeedScanState, 'matches' | 'wanted'>): number {
  return shownMatchCount(state) + FEED_SCAN_MATCH_TARGET
}

const count = new Intl.NumberFormat('en-US')

function matchesText(matches: number): string {
  return `${count.format(matches)} ${matches === 1 ? 'match' : 'matches'}`
}

/** One sentence for the status line: what has been read, what was found, and why the search is not running. */
export function feedScanSummary(state: FeedScanState): string {
  const scanned = count.format(Math.min(state.scanned, state.total))
  const total = count.format(state.total)
  const shown = shownMatchCount(state)
  switch (feedScanPhase(state)) {
    case 'searching':
      return `Searching older entries: ${scanned} of ${total} read, ${matchesText(state.matches)} so far.`
    case 'enough':
      return shown < state.matches
        ? `Showing ${count.format(shown)} of ${matchesText(state.matches)} in the newest ${scanned} of ${total} entries.`
        : `${matchesText(state.matches)} in the newest ${scanned} of ${total} entries.`
    case 'stopped':
      return `Stopped: ${matchesText(state.matches)} in the newest ${scanned} of ${total} entries.`
    case 'failed':
      return `Search paused by an error: ${matchesText(state.matches)} in the newest ${scanned} of ${total} entries.`
    case 'finished':
      return `${matchesText(state.matches)} in all ${total} ${state.total === 1 ? 'entry' : 'entries'}.`
  }
}
