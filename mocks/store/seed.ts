import { activityUuid, type MockActivityChange } from '../posthog/activity-serializers'
import type { MockThresholdConfiguration } from '../posthog/alert-serializers'
import { seedAlerts } from './alert-seed'
import { addClutter } from './clutter'
import { DASHBOARD_NAMES, TAG_NAMES, TEAMS } from './catalog'
import { createRandom, randomToken, randomUuid, type Random } from './prng'
import { deriveInsightName, draftInsight, type InsightDraft } from './queries'
import { applyShowcase } from './showcase'
import { hashSharePassword } from './share-passwords'
import type {
  MockActivity,
  MockDashboard,
  MockDatabase,
  MockElement,
  MockInsight,
  MockInsightView,
  MockProject,
  MockSharingConfiguration,
  MockThreshold,
  MockUser,
} from './types'

export interface SeedOptions {
  /** Insights in project 1 (default 600). */
  insights?: number
  /** Insights in project 2 (default a tenth of project 1, at least 12). */
  secondaryInsights?: number
  /**
   * The moment the data is anchored to. Ids, names and relations never depend on it; timestamps are offsets back from
   * it, so "edited 2 days ago" stays true. Defaults to the start of the current UTC day, so a day's data is identical.
   */
  now?: Date
}

export const DEFAULT_INSIGHT_COUNT = 600
const SEED = 20_240_611
const DAY = 86_400_000

const PROJECTS: readonly MockProject[] = [
  { id: 1, name: 'Hogflix Web', timezone: 'UTC' },
  { id: 2, name: 'Hogflix Mobile', timezone: 'Europe/London' },
]

const PEOPLE = [
  ['Ada', 'Lovelace', 'ada', 15],
  ['Grace', 'Hopper', 'grace', 8],
  ['Alan', 'Turing', 'alan', 1],
  ['Katherine', 'Johnson', 'katherine', 1],
  ['Margaret', 'Hamilton', 'margaret', 8],
  ['Edsger', 'Dijkstra', 'edsger', 1],
  ['Barbara', 'Liskov', 'barbara', 1],
  ['Dennis', 'Ritchie', 'dennis', 1],
] as const

/** Start of the current UTC day: the default anchor of the seed. */
function startOfToday(): Date {
  const now = Date.now()
  return new Date(now - (now % DAY))
}

function seedUsers(now: number): MockUser[] {
  return PEOPLE.map(([first, last, handle, level], index) => ({
    id: index + 1,
    uuid: `0188a1b2-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    distinct_id: `user-${index + 1}`,
    first_name: first,
    last_name: last,
    email: `${handle}@hogflix.example`,
    level,
    joined_at: new Date(now - (900 - index * 60) * DAY).toISOString(),
  }))
}

function seedDashboards(): MockDashboard[] {
  const dashboards: MockDashboard[] = DASHBOARD_NAMES.map((name, index) => ({ id: index + 1, project_id: 1, name }))
  ;['Mobile KPIs', 'App store funnel', 'Crash-free sessions'].forEach((name, index) =>
    dashboards.push({ id: DASHBOARD_NAMES.length + index + 1, project_id: 2, name }),
  )
  return dashboards
}

const DESCRIPTION_OPENERS = [
  (subject: string) => `Tracks ${subject} so we notice drops within a day of a release.`,
  (subject: string) => `Source of truth for ${subject} in the quarterly OKR review.`,
  (subject: string) => `How ${subject} developed since the new onboarding shipped.`,
  (subject: string) => `Answers "are we growing ${subject}?" without opening SQL.`,
  (subject: string) => `Baseline for ${subject} before the pricing experiment.`,
] as const

const DESCRIPTION_CLOSERS = [
  (team: string) => `Reviewed in the ${team} weekly sync.`,
  () => 'Excludes internal and test accounts.',
  () => 'Compare with the same period last quarter before drawing conclusions.',
  (team: string) => `Owned by the ${team} team; ask in #analytics before changing it.`,
  () => 'Numbers lag by up to an hour because of ingestion.',
] as const

function describe(random: Random, draft: InsightDraft): string | null {
  if (!random.chance(0.62)) return null
  const opener = random.pick(DESCRIPTION_OPENERS)(draft.subject)
  return random.chance(0.6) ? `${opener} ${random.pick(DESCRIPTION_CLOSERS)(random.pick(TEAMS))}` : opener
}

function pickTags(random: Random): string[] {
  const roll = random.next()
  const count = roll < 0.35 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3
  return random.sample(TAG_NAMES, count).sort()
}

interface SeedState {
  random: Random
  now: number
  users: MockUser[]
  shortIds: Set<string>
  activity: MockActivity[]
  activitySequence: number
}

function uniqueShortId(state: SeedState): string {
  for (;;) {
    const candidate = randomToken(state.random, 8)
    if (!state.shortIds.has(candidate)) {
      state.shortIds.add(candidate)
      return candidate
    }
  }
}

function logActivity(
  state: SeedState,
  insight: MockInsight,
  activity: string,
  userId: number | null,
  at: string,
  changes: MockActivityChange[] | null,
): void {
  state.activitySequence += 1
  state.activity.push({
    id: activityUuid(state.activitySequence),
    project_id: insight.project_id,
    user_id: userId,
    activity,
    scope: 'Insight',
    item_id: String(insight.id),
    detail: { name: insight.name ?? insight.derived_name, short_id: insight.short_id, changes },
    created_at: at,
  })
}

function seedInsight(state: SeedState, id: number, projectId: number, dashboards: readonly MockDashboard[]): MockInsight {
  const { random, now } = state
  const draft = draftInsight(random)
  const unnamed = random.chance(0.12)
  const ageDays = Math.pow(random.next(), 1.6) * 720
  const createdAt = now - ageDays * DAY - random.int(0, DAY - 1)
  const editedAt = random.chance(0.7) ? createdAt + random.next() * (now - createdAt) : createdAt
  const creator = random.chance(0.25) ? 1 : random.int(1, state.users.length)
  const editor = random.chance(0.6) ? creator : random.int(1, state.users.length)
  const projectDashboards = dashboards.filter((dashboard) => dashboard.project_id === projectId)
  const dashboardCount = random.chance(0.55) ? 0 : random.chance(0.75) ? 1 : 2
  const insight: MockInsight = {
    id,
    project_id: projectId,
    short_id: uniqueShortId(state),
    name: unnamed ? null : draft.name,
    derived_name: unnamed ? deriveInsightName(draft.query) : null,
    description: unnamed ? null : describe(random, draft),
    query: draft.query,
    order: null,
    deleted: random.chance(0.03),
    dashboards: random
      .sample(projectDashboards, dashboardCount)
      .map((dashboard) => dashboard.id)
      .sort((a, b) => a - b),
    tags: pickTags(random),
    favorited: random.chance(0.08),
    saved: random.chance(0.95),
    created_at: new Date(createdAt).toISOString(),
    created_by: creator,
    last_modified_at: new Date(editedAt).toISOString(),
    last_modified_by: editor,
    last_refresh: new Date(Math.max(editedAt, now - random.int(1, 72) * 3_600_000)).toISOString(),
  }
  logActivity(state, insight, 'created', creator, insight.created_at, null)
  if (editedAt > createdAt) {
    const field = insight.description && random.chance(0.5) ? 'description' : 'query'
    logActivity(state, insight, 'updated', editor, insight.last_modified_at, [
      field === 'description'
        ? { type: 'Insight', action: 'changed', field, before: null, after: insight.description }
        : { type: 'Insight', action: 'changed', field, before: null, after: insight.query },
    ])
  }
  if (insight.deleted) {
    logActivity(state, insight, 'deleted', editor, insight.last_modified_at, [
      { type: 'Insight', action: 'changed', field: 'deleted', before: false, after: true },
    ])
  }
  return insight
}

function seedViews(state: SeedState, insights: readonly MockInsight[]): MockInsightView[] {
  const { random, now } = state
  const views: MockInsightView[] = []
  for (const insight of insights) {
    if (insight.deleted || !random.chance(0.3)) continue
    const viewers = random.sample(state.users, random.int(1, 4))
    for (const viewer of viewers) {
      const earliest = Math.max(Date.parse(insight.created_at), now - 45 * DAY)
      views.push({
        insight_id: insight.id,
        user_id: viewer.id,
        viewed_at: new Date(earliest + random.next() * (now - earliest)).toISOString(),
      })
    }
  }
  return views
}

function seedSharing(state: SeedState, insights: readonly MockInsight[]): MockSharingConfiguration[] {
  const { random, now } = state
  const configs: MockSharingConfiguration[] = []
  for (const insight of insights) {
    if (insight.deleted || !random.chance(0.1)) continue
    const createdAt = Date.parse(insight.created_at) + random.next() * (now - Date.parse(insight.created_at))
    const protectedShare = random.chance(0.35)
    const config: MockSharingConfiguration = {
      insight_id: insight.id,
      project_id: insight.project_id,
      created_at: new Date(createdAt).toISOString(),
      enabled: random.chance(0.8),
      access_token: randomToken(random, 22),
      settings: random.chance(0.5)
        ? { whitelabel: random.chance(0.3), legend: random.chance(0.5), noHeader: random.chance(0.2) }
        : null,
      password_required: protectedShare,
      passwords: protectedShare
        ? Array.from({ length: random.int(1, 2) }, (_, index) => ({
            id: randomUuid(random),
            created_at: new Date(Math.min(now, createdAt + index * DAY)).toISOString(),
            note: random.pick(['Board deck', 'Agency access', 'Investor update', 'Partner team', '']),
            created_by: random.int(1, state.users.length),
            password_hash: hashSharePassword(`hogflix-${insight.short_id}-${index + 1}`),
            is_active: random.chance(0.85),
          }))
        : [],
      share_tokens: [],
    }
    configs.push(config)
    logActivity(
      state,
      insight,
      config.enabled ? 'sharing enabled' : 'sharing disabled',
      config.passwords[0]?.created_by ?? insight.created_by,
      config.created_at,
      [{ type: 'Insight', action: 'changed', field: 'sharing', before: false, after: config.enabled }],
    )
  }
  return configs
}

function thresholdConfiguration(random: Random): MockThresholdConfiguration {
  const type = random.chance(0.6) ? 'absolute' : 'percentage'
  const scale = type === 'absolute' ? random.pick([10, 100, 1000, 5000]) : 1
  const lower = type === 'absolute' ? scale * random.int(1, 5) : -random.pick([0.1, 0.2, 0.25, 0.5])
  const upper = type === 'absolute' ? scale * random.int(6, 20) : random.pick([0.1, 0.2, 0.5, 1])
  const sides = random.int(0, 2)
  return { type, bounds: sides === 0 ? { lower } : sides === 1 ? { upper } : { lower, upper } }
}

const THRESHOLD_NAMES = ['Drop alert', 'Spike alert', 'Daily guardrail', 'Weekly target', 'SLA breach', 'Anomaly watch'] as const

function seedThresholds(state: SeedState, insights: readonly MockInsight[]): MockThreshold[] {
  const { random, now } = state
  const thresholds: MockThreshold[] = []
  for (const insight of insights) {
    if (insight.deleted || !random.chance(0.15)) continue
    for (let index = random.int(1, 2); index > 0; index--) {
      const created = Date.parse(insight.created_at) + random.next() * (now - Date.parse(insight.created_at))
      thresholds.push({
        id: randomUuid(random),
        insight_id: insight.id,
        created_at: new Date(created).toISOString(),
        name: random.pick(THRESHOLD_NAMES),
        configuration: thresholdConfiguration(random),
      })
    }
  }
  return thresholds
}

const ELEMENT_KINDS = [
  { tag_name: 'button', text: 'Start free trial', attr_class: ['btn', 'btn-primary'], href: null },
  { tag_name: 'button', text: 'Play', attr_class: ['player-control'], href: null },
  { tag_name: 'a', text: 'Pricing', attr_class: ['nav-link'], href: '/pricing' },
  { tag_name: 'a', text: 'Sign in', attr_class: ['nav-link'], href: '/login' },
  { tag_name: 'button', text: 'Add to watchlist', attr_class: ['btn', 'btn-secondary'], href: null },
  { tag_name: 'input', text: null, attr_class: ['search-input'], href: null },
  { tag_name: 'button', text: 'Checkout', attr_class: ['btn', 'btn-cta'], href: null },
  { tag_name: 'a', text: 'Browse all', attr_class: ['link'], href: '/browse' },
  { tag_name: 'div', text: 'Continue watching', attr_class: ['rail-title'], href: null },
  { tag_name: 'button', text: 'Upgrade plan', attr_class: ['btn', 'btn-upgrade'], href: null },
] as const

function seedElements(random: Random): MockElement[] {
  const elements: MockElement[] = []
  for (const [projectId, count] of [
    [1, 40],
    [2, 12],
  ] as const) {
    for (let index = 0; index < count; index++) {
      const kind = random.pick(ELEMENT_KINDS)
      const attrId = random.chance(0.3) ? `${kind.tag_name}-${index + 1}` : null
      elements.push({
        project_id: projectId,
        text: kind.text,
        tag_name: kind.tag_name,
        attr_class: [...kind.attr_class],
        href: kind.href,
        attr_id: attrId,
        nth_child: random.int(1, 6),
        nth_of_type: random.int(1, 3),
        attributes: {
          ...(attrId ? { attr__id: attrId } : {}),
          attr__class: kind.attr_class.join(' '),
          ...(kind.href ? { attr__href: kind.href } : {}),
        },
        order: random.int(0, 4),
        clicks: random.int(3, 5000),
        event: random.chance(0.8) ? '$autocapture' : random.chance(0.5) ? '$rageclick' : '$dead_click',
      })
    }
  }
  return elements
}

/** Builds the whole demo database. Pure: the same options always give the same data. */
export function seedMockData(options: SeedOptions = {}): MockDatabase {
  const primary = Math.max(0, Math.floor(options.insights ?? DEFAULT_INSIGHT_COUNT))
  const secondary = Math.max(0, Math.floor(options.secondaryInsights ?? Math.max(12, Math.round(primary / 10))))
  const now = (options.now ?? startOfToday()).getTime()
  const random = createRandom(SEED)
  const users = seedUsers(now)
  const dashboards = seedDashboards()
  const state: SeedState = { random, now, users, shortIds: new Set(), activity: [], activitySequence: 0 }
  const insights: MockInsight[] = []
  for (let index = 0; index < primary + secondary; index++) {
    insights.push(seedInsight(state, index + 1, index < primary ? 1 : 2, dashboards))
  }
  const views = seedViews(state, insights)
  const sharing = seedSharing(state, insights)
  const thresholds = seedThresholds(state, insights)
  const elements = seedElements(random)
  applyShowcase(insights)
  const db: MockDatabase = {
    users,
    projects: PROJECTS.map((project) => ({ ...project })),
    dashboards,
    insights,
    views,
    activity: state.activity,
    sharing,
    thresholds,
    alerts: [],
    elements,
    sequences: { insight: insights.length + 1, activity: state.activitySequence + 1 },
  }
  addClutter(db, now)
  seedAlerts(db, now)
  state.activity.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
  return db
}
