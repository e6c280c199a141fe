import { createRandom, type Random } from './prng'
import type { MockDatabase, MockInsight } from './types'

/*
 * The clutter a project collects over the years, laid over the seeded insights so the clean-up page has something real
 * to find: template samples nobody opened, copies of an insight whose query was written another way, and insights last
 * opened long ago. It only changes insights of the later half of project 1 and draws from its own PRNG, so every insight
 * and view the rest of the seed made (and other tests rely on) stays as it was.
 */

const CLUTTER_SEED = 20_261_204
const DAY = 86_400_000

export interface ClutterSummary {
  samples: number
  duplicateCopies: number
  oldViews: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Rewrites a relative day range the way people write it differently: `-14d` as `-2w`. */
function rewriteDate(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const days = /^-(\d+)d$/.exec(value)
  if (days && Number(days[1]) % 7 === 0) return `-${Number(days[1]) / 7}w`
  return value
}

/** Keys in reverse order, at every depth: the same object as JSON text that no longer matches byte for byte. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys(value[key])]),
  )
}

/**
 * The same query written another way, as a copy made by hand or by an older client would be: keys in another order,
 * an explicit `date_to: null` dropped, a range in weeks instead of days, a series' `name` left out (it defaults to the
 * event), and `filterTestAccounts: false` spelled out when the original left it to its default.
 */
export function equivalentQuery(query: unknown, random: Random): unknown {
  const copy = structuredClone(query)
  if (isRecord(copy) && isRecord(copy.source)) {
    const source = copy.source
    if (isRecord(source.dateRange)) {
      const range = source.dateRange
      if (range.date_to === null) delete range.date_to
      range.date_from = rewriteDate(range.date_from)
    }
    if (Array.isArray(source.series) && random.chance(0.7)) {
      source.series = source.series.map((node: unknown) => {
        if (!isRecord(node) || node.name !== node.event) return node
        const { name: _name, ...rest } = node
        return rest
      })
    }
    if (source.filterTestAccounts === undefined) source.filterTestAccounts = false
  }
  return reverseKeys(copy)
}

const SAMPLE_COUNT = 18
const DUPLICATE_SOURCES = 10
const OLD_VIEWS = 40

/** Lays the clutter over `db` in place and says how much of each kind it added. */
export function addClutter(db: MockDatabase, now: number): ClutterSummary {
  const random = createRandom(CLUTTER_SEED)
  const primary = db.insights.filter((insight) => insight.project_id === 1 && !insight.deleted)
  const half = Math.floor(primary.length / 2)
  const early = primary.slice(0, half)
  const late = primary.slice(half)
  const viewed = new Set(db.views.map((view) => view.insight_id))
  const taken = new Set<number>()
  const take = (pool: readonly MockInsight[], accept: (insight: MockInsight) => boolean): MockInsight | null => {
    const open = pool.filter((insight) => !taken.has(insight.id) && accept(insight))
    if (open.length === 0) return null
    const chosen = random.pick(open)
    taken.add(chosen.id)
    return chosen
  }

  let samples = 0
  for (let index = 0; index < SAMPLE_COUNT; index++) {
    const insight = take(late, (candidate) => !viewed.has(candidate.id) && !candidate.favorited)
    if (!insight) break
    insight.is_sample = true
    // A template made it, not a person: PostHog logs such a creation as a system entry (`ActivityLog.is_system`).
    const creation = db.activity.find((entry) => entry.item_id === String(insight.id) && entry.activity === 'created')
    if (creation) creation.user_id = null
    samples++
  }

  let duplicateCopies = 0
  const sources = random.sample(
    early.filter((insight) => insight.name !== null && insight.query !== null),
    DUPLICATE_SOURCES,
  )
  for (const source of sources) {
    for (let copies = random.chance(0.3) ? 2 : 1; copies > 0; copies--) {
      const copy = take(late, (candidate) => candidate.dashboards.length === 0)
      if (!copy) break
      copy.query = equivalentQuery(source.query, random) as MockInsight['query']
      copy.name = random.chance(0.5) ? `${source.name ?? ''} (copy)` : source.name
      copy.derived_name = null
      copy.description = null
      duplicateCopies++
    }
  }

  let oldViews = 0
  for (let index = 0; index < OLD_VIEWS; index++) {
    const longAgo = now - 200 * DAY
    const insight = take(late, (candidate) => !viewed.has(candidate.id) && Date.parse(candidate.created_at) < longAgo)
    if (!insight) break
    const created = Date.parse(insight.created_at)
    const at = created + random.next() * (longAgo - created)
    db.views.push({ insight_id: insight.id, user_id: random.int(1, db.users.length), viewed_at: new Date(at).toISOString() })
    oldViews++
  }
  return { samples, duplicateCopies, oldViews }
}
