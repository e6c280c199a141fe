import { chunk, runInBatches, type BatchProgress } from './batches'

/*
 * Planning and running tag changes on many insights through PostHog's `bulk_update_tags`. Tag names here are already
 * normalised (PostHog's `tagify`: trimmed, lower-cased, once each); callers normalise what the user typed.
 */

export type BulkTagAction = 'add' | 'remove' | 'set'

/** Ids per `bulk_update_tags` request. PostHog accepts 500, but smaller batches give a progress bar that moves and lose
 * less when one request fails. */
const TAG_BATCH_SIZE = 100

export interface TaggedItem {
  id: number
  tags: readonly string[]
}

export interface TagCount {
  name: string
  count: number
}

/** Every tag found on `items` with how many of them carry it, most common first, then by name. */
export function tagCounts(items: readonly TaggedItem[]): TagCount[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const tag of new Set(item.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

/** One tag's part in a change: `changing` items gain (or lose) it, `unchanged` already have (or lack) it. */
interface TagPreviewLine {
  tag: string
  changing: number
  unchanged: number
}

export interface BulkTagPreview {
  /** Items whose tags will differ afterwards. */
  changing: number
  unchanged: number
  /** Per requested tag: for `add` and `set` who gains it, for `remove` who loses it. */
  lines: TagPreviewLine[]
  /** `set` only: tags now on some items that the new set leaves out, with how many items lose each. */
  dropped: TagPreviewLine[]
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((tag) => right.has(tag))
}

/** What `bulk_update_tags` would do to each item, counted, before anything is sent. */
export function previewBulkTagChange(
  items: readonly TaggedItem[],
  action: BulkTagAction,
  tags: readonly string[],
): BulkTagPreview {
  const requested = [...new Set(tags)]
  const carrying = (tag: string) => items.filter((item) => item.tags.includes(tag)).length
  const lines = requested.map((tag) => {
    const have = carrying(tag)
    return action === 'remove'
      ? { tag, changing: have, unchanged: items.length - have }
      : { tag, changing: items.length - have, unchanged: have }
  })
  const dropped =
    action === 'set'
      ? tagCounts(items)
          .filter(({ name }) => !requested.includes(name))
          .map(({ name, count }) => ({ tag: name, changing: count, unchanged: items.length - count }))
      : []
  const changes = (item: TaggedItem) => {
    if (action === 'add') return requested.some((tag) => !item.tags.includes(tag))
    if (action === 'remove') return requested.some((tag) => item.tags.includes(tag))
    return !sameTags(item.tags, requested)
  }
  const changing = items.filter(changes).length
  return { changing, unchanged: items.length - changing, lines, dropped }
}

/** One `bulk_update_tags` request body. */
export interface BulkTagRequest {
  ids: number[]
  action: BulkTagAction
  tags: string[]
}

/** What `bulk_update_tags` answers. */
export interface BulkTagAnswer {
  updated: { id: number; tags: string[] }[]
  skipped: { id: number; reason: string }[]
}

export interface BulkTagOutcome {
  /** Insights the server updated (or found already as asked), with their tags afterwards. */
  updated: { id: number; tags: string[] }[]
  /** Insights the server did not find (deleted meanwhile, another project). */
  skipped: { id: number; reason: string }[]
  /** Insights whose batch failed: nothing is known to have changed on them. */
  failed: { ids: number[]; error: unknown }[]
}

export const failedIds = (outcome: Pick<BulkTagOutcome, 'failed'>): number[] => outcome.failed.flatMap((batch) => batch.ids)

/** Sends one action for many insights in batches of TAG_BATCH_SIZE, collecting per-insight results and failed batches. */
export async function runBulkTagUpdate(
  request: BulkTagRequest,
  send: (body: BulkTagRequest) => Promise<BulkTagAnswer>,
  onProgress?: (progress: BatchProgress) => void,
): Promise<BulkTagOutcome> {
  const run = await runInBatches(request.ids, TAG_BATCH_SIZE, (ids) => send({ ...request, ids }), onProgress)
  return {
    updated: run.answers.flatMap((answer) => answer.updated),
    skipped: run.answers.flatMap((answer) => answer.skipped),
    failed: run.failed.map(({ items, error }) => ({ ids: items, error })),
  }
}

/**
 * The `set` requests that put back each changed insight's tags exactly as they were: insights that had the same tags
 * share one request (split into batches later), so undoing 300 insights with a handful of distinct tag sets costs a
 * handful of requests rather than 300. Insights whose tags did not change are left alone.
 */
export function undoRequests(
  before: ReadonlyMap<number, readonly string[]>,
  after: readonly { id: number; tags: readonly string[] }[],
): BulkTagRequest[] {
  const groups = new Map<string, BulkTagRequest>()
  for (const { id, tags } of after) {
    const previous = before.get(id)
    if (previous === undefined || sameTags(previous, tags)) continue
    const sorted = [...new Set(previous)].sort()
    const key = JSON.stringify(sorted)
    const group = groups.get(key) ?? { ids: [], action: 'set', tags: sorted }
    group.ids.push(id)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** `set` requests of an undo in flight at once: each carries other insights, so their order does not matter. */
const UNDO_CONCURRENCY = 4

/**
 * Runs several requests (an undo's `set` per distinct previous tag set), each cut into batches, a few batches at a
 * time: a varied selection can need dozens of small requests, and one after another they take long enough for the
 * user to wonder whether Undo worked. Outcomes and progress are added up across them.
 */
export async function runBulkTagRequests(
  requests: readonly BulkTagRequest[],
  send: (body: BulkTagRequest) => Promise<BulkTagAnswer>,
  onProgress?: (progress: BatchProgress) => void,
): Promise<BulkTagOutcome> {
  const batches = requests.flatMap((request) => chunk(request.ids, TAG_BATCH_SIZE).map((ids) => ({ ...request, ids })))
  const total = batches.reduce((sum, batch) => sum + batch.ids.length, 0)
  const outcome: BulkTagOutcome = { updated: [], skipped: [], failed: [] }
  let done = 0
  let next = 0
  onProgress?.({ done, total })
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      try {
        const answer = await send(batch)
        outcome.updated.push(...answer.updated)
        outcome.skipped.push(...answer.skipped)
      } catch (error) {
        outcome.failed.push({ ids: batch.ids, error })
      }
      done += batch.ids.length
      onProgress?.({ done, total })
    }
  }
  await Promise.all(Array.from({ length: Math.min(UNDO_CONCURRENCY, batches.length) }, worker))
  return outcome
}
