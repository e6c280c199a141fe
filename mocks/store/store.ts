import { activityUuid, type MockActivityChange } from '../posthog/activity-serializers'
import { computeInsightResult, type ComputedResult } from './results'
import type { MockPersistence } from './persistence'
import { seedMockData, type SeedOptions } from './seed'
import type { MockDatabase, MockInsight, MockProject, MockSharingConfiguration, MockUser } from './types'

/** Bump when the shape of `MockDatabase` changes: older snapshots are then reseeded instead of misread. */
export const MOCK_STORE_VERSION = 2

interface MockSnapshot {
  version: number
  seed: { insights: number | null; secondaryInsights: number | null }
  savedAt: string
  db: MockDatabase
}

export interface MockStoreNotice {
  reason: 'corrupt' | 'outdated' | 'resized' | 'unsaved'
  message: string
}

export interface MockStoreConfig {
  seed?: SeedOptions
  persistence?: MockPersistence
  /** The clock for timestamps the mock writes (tests pin it). */
  clock?: () => Date
}

const TABLES = [
  'users',
  'projects',
  'dashboards',
  'insights',
  'views',
  'activity',
  'sharing',
  'thresholds',
  'alerts',
  'elements',
] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Only the outer shape is checked: rows were written by this same code, so a complete shape means a usable store. */
function isSnapshot(value: unknown): value is MockSnapshot {
  if (!isRecord(value) || typeof value.version !== 'number' || !isRecord(value.db) || !isRecord(value.seed)) return false
  const db = value.db
  return TABLES.every((table) => Array.isArray(db[table])) && isRecord(db.sequences)
}

/** The in-memory database plus the lookups every handler needs; all writes go through `commit()` to persist. */
export class MockStore {
  readonly db: MockDatabase
  readonly clock: () => Date
  private readonly persistence: MockPersistence | null
  private readonly seed: SeedOptions
  private insightById = new Map<number, MockInsight>()
  private insightByShortId = new Map<string, MockInsight>()
  private lastViewedByUser: Map<number, Map<number, string>> | null = null
  private lastViewedByAnyUser: Map<number, string> | null = null
  private results = new WeakMap<MockInsight, { query: MockInsight['query']; refresh: string | null; value: ComputedResult }>()
  private changeListeners = new Set<() => void>()

  constructor(db: MockDatabase, config: MockStoreConfig) {
    this.db = db
    this.clock = config.clock ?? (() => new Date())
    this.persistence = config.persistence ?? null
    this.seed = config.seed ?? {}
    for (const insight of db.insights) this.indexInsight(insight)
  }

  now(): Date {
    return this.clock()
  }

  nowIso(): string {
    return this.clock().toISOString()
  }

  project(id: number): MockProject | undefined {
    return this.db.projects.find((project) => project.id === id)
  }

  user(id: number | null): MockUser | undefined {
    return id === null ? undefined : this.db.users.find((user) => user.id === id)
  }

  /** An insight of the project by numeric id or 8-character short_id, deleted or not. */
  findInsight(projectId: number, idOrShortId: string): MockInsight | undefined {
    // A short_id can be all digits, so a numeric miss falls back to the short_id index.
    const byId = /^\d+$/.test(idOrShortId) ? this.insightById.get(Number(idOrShortId)) : undefined
    const insight = byId?.project_id === projectId ? byId : this.insightByShortId.get(idOrShortId)
    return insight?.project_id === projectId ? insight : undefined
  }

  insight(id: number): MockInsight | undefined {
    return this.insightById.get(id)
  }

  hasShortId(shortId: string): boolean {
    return this.insightByShortId.has(shortId)
  }

  addInsight(insight: MockInsight): void {
    this.db.insights.push(insight)
    this.indexInsight(insight)
  }

  nextId(sequence: keyof MockDatabase['sequences']): number {
    const id = this.db.sequences[sequence]
    this.db.sequences[sequence] = id + 1
    return id
  }

  /** When each insight was last viewed by one user (the `last_viewed_at` PostHog reports is per requesting user). */
  lastViewed(userId: number): ReadonlyMap<number, string> {
    if (!this.lastViewedByUser) {
      const byUser = new Map<number, Map<number, string>>()
      for (const view of this.db.views) {
        const views = byUser.get(view.user_id) ?? new Map<number, string>()
        const previous = views.get(view.insight_id)
        if (!previous || previous < view.viewed_at) views.set(view.insight_id, view.viewed_at)
        byUser.set(view.user_id, views)
      }
      this.lastViewedByUser = byUser
    }
    return this.lastViewedByUser.get(userId) ?? new Map()
  }

  /**
   * When each insight was last viewed by anyone: the `last_viewed_at` of PostHog's insight list, which annotates each row
   * with the newest `InsightViewed.last_viewed_at` of the insight over all users
   * (products/product_analytics/backend/api/insight.py, `InsightViewSet.dangerously_get_queryset`; the serializer's
   * `get_last_viewed_at` says "by any user in the team"). Its order and `last_viewed_date_*` filters use it too.
   */
  lastViewedByAnyone(): ReadonlyMap<number, string> {
    if (!this.lastViewedByAnyUser) {
      const latest = new Map<number, string>()
      for (const view of this.db.views) {
        const previous = latest.get(view.insight_id)
        if (!previous || previous < view.viewed_at) latest.set(view.insight_id, view.viewed_at)
      }
      this.lastViewedByAnyUser = latest
    }
    return this.lastViewedByAnyUser
  }

  recordView(insightId: number, userId: number, at: string): void {
    this.db.views.push({ insight_id: insightId, user_id: userId, viewed_at: at })
    const latest = this.lastViewedByAnyUser?.get(insightId)
    if (this.lastViewedByAnyUser && (!latest || latest < at)) this.lastViewedByAnyUser.set(insightId, at)
    if (this.lastViewedByUser) {
      const views = this.lastViewedByUser.get(userId) ?? new Map<number, string>()
      views.set(insightId, at)
      this.lastViewedByUser.set(userId, views)
    }
  }

  sharingFor(insightId: number): MockSharingConfiguration | undefined {
    return this.db.sharing.find((config) => config.insight_id === insightId)
  }

  /** The cached result, recomputed only when the query or the refresh time changed. */
  resultOf(insight: MockInsight): ComputedResult {
    const cached = this.results.get(insight)
    if (cached && cached.query === insight.query && cached.refresh === insight.last_refresh) return cached.value
    const value = computeInsightResult(insight, new Date(insight.last_refresh ?? insight.last_modified_at))
    this.results.set(insight, { query: insight.query, refresh: insight.last_refresh, value })
    return value
  }

  logActivity(insight: MockInsight, activity: string, userId: number | null, changes: MockActivityChange[] | null): void {
    const id = this.nextId('activity')
    this.db.activity.push({
      id: activityUuid(id),
      project_id: insight.project_id,
      user_id: userId,
      activity,
      scope: 'Insight',
      item_id: String(insight.id),
      detail: { name: insight.name ?? insight.derived_name, short_id: insight.short_id, changes },
      created_at: this.nowIso(),
    })
  }

  /** Listeners run after every commit (the query-insights cache clears itself this way). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Persists the database after a write; answers false when persistence refused it. */
  commit(): boolean {
    for (const listener of this.changeListeners) listener()
    if (!this.persistence) return true
    const saved = this.persistence.save(serializeSnapshot(this.db, this.seed, this.nowIso()))
    if (!saved) reportUnsaved()
    return saved
  }

  private indexInsight(insight: MockInsight): void {
    this.insightById.set(insight.id, insight)
    this.insightByShortId.set(insight.short_id, insight)
  }
}

function serializeSnapshot(db: MockDatabase, seed: SeedOptions, savedAt: string): string {
  const snapshot: MockSnapshot = {
    version: MOCK_STORE_VERSION,
    seed: { insights: seed.insights ?? null, secondaryInsights: seed.secondaryInsights ?? null },
    savedAt,
    db,
  }
  return JSON.stringify(snapshot)
}

let config: MockStoreConfig = {}
let current: MockStore | null = null
let notice: MockStoreNotice | null = null
const noticeListeners = new Set<(notice: MockStoreNotice) => void>()

/** Storage refused a write: what is already saved stays as it was, but this edit lives only in this tab's memory. */
export function reportUnsaved(): void {
  notice = {
    reason: 'unsaved',
    message: 'Browser storage is full: your edits will not last after a reload. What was saved before is kept.',
  }
  for (const listener of noticeListeners) listener(notice)
}

/** Notices raised while the app runs (storage full), for the UI to show at once; start-up notices are read once. */
export function onMockStoreNotice(listener: (notice: MockStoreNotice) => void): () => void {
  noticeListeners.add(listener)
  return () => noticeListeners.delete(listener)
}

/**
 * How one request gets the store to itself: the browser's session takes a lock shared by every tab and brings this
 * tab's copy up to date first (see shared-store.ts); without one, the request simply runs.
 */
export type MockStoreSession = <T>(work: () => Promise<T>, safe: boolean) => Promise<T>

let session: MockStoreSession | null = null
let queue: Promise<unknown> = Promise.resolve()

export function setMockStoreSession(next: MockStoreSession | null): void {
  session = next
}

/**
 * Runs one request's reads and writes with no other request in between, in this process and (through the session)
 * in every tab. A handler may await between reading and writing (its body, for one), so without this two requests
 * could each read the same state and the second write would erase the first. `safe`: a GET or HEAD, which the
 * browser's session may answer from the seed before the saved data has been read (shared-store.ts).
 */
export function withExclusiveMockStore<T>(work: () => Promise<T>, safe = false): Promise<T> {
  const run = queue.then(() => (session ? session(work, safe) : work()))
  queue = run.catch(() => undefined)
  return run
}

function parseSaved(text: string): { snapshot: MockSnapshot } | { problem: MockStoreNotice } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = null
  }
  if (isRecord(value) && typeof value.version === 'number' && value.version !== MOCK_STORE_VERSION) {
    return {
      problem: { reason: 'outdated', message: 'Saved demo data was from an older version of the app; it has been reset.' },
    }
  }
  if (!isSnapshot(value)) {
    return { problem: { reason: 'corrupt', message: 'Saved demo data could not be read; it has been reset.' } }
  }
  return { snapshot: value }
}

function open(nextConfig: MockStoreConfig): MockStore {
  const persistence = nextConfig.persistence
  const saved = persistence?.load() ?? null
  if (saved !== null) {
    const parsed = parseSaved(saved)
    if ('snapshot' in parsed) {
      const wanted = {
        insights: nextConfig.seed?.insights ?? null,
        secondaryInsights: nextConfig.seed?.secondaryInsights ?? null,
      }
      const matches =
        parsed.snapshot.seed.insights === wanted.insights && parsed.snapshot.seed.secondaryInsights === wanted.secondaryInsights
      if (matches) return new MockStore(parsed.snapshot.db, nextConfig)
      notice = { reason: 'resized', message: 'Saved demo data was made for a different size; it has been reset.' }
    } else {
      notice = parsed.problem
    }
  }
  const store = new MockStore(seedMockData(nextConfig.seed), nextConfig)
  // The seed replaces unusable saved data at once. With nothing saved it waits for the first change: the seed is a
  // function of its options and the day, so every tab (or restart) that day makes the same data, and a first start
  // skips serialising and writing ~600 insights (~30 ms of the demo's start in the browser).
  if (persistence && saved !== null) store.commit()
  return store
}

/** Replaces the store: loads the saved snapshot when it is usable, otherwise seeds (and says why in the notice). */
export function configureMockStore(nextConfig: MockStoreConfig = {}): MockStore {
  config = nextConfig
  notice = null
  current = open(nextConfig)
  return current
}

export function getMockStore(): MockStore {
  current ??= open(config)
  return current
}

/** Opens the store again from what persistence holds now (another tab wrote it), keeping the configuration. */
export function reloadMockStore(): MockStore {
  current = open(config)
  return current
}

/** "Reset demo data": drops every edit and reseeds with the same options. */
export function resetMockStore(): MockStore {
  config.persistence?.clear()
  notice = null
  current = open(config)
  // Saved, not left to the next change: other tabs learn of the reset from this write (shared-store.ts).
  if (config.persistence) current.commit()
  return current
}

/** Why the saved data was discarded or cannot be saved, for the UI to show once; null when all is well. */
export function getMockStoreNotice(): MockStoreNotice | null {
  return notice
}

export function dismissMockStoreNotice(): void {
  notice = null
}
