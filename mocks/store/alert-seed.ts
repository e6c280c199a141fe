import { insightKindOf } from './insight-nodes'
import { createRandom, randomUuid } from './prng'
import type { MockAlert, MockDatabase } from './types'

const ALERT_SEED = 20_261_205
const HOUR = 3_600_000
const DAY = 24 * HOUR
const INTERVALS: readonly MockAlert['calculation_interval'][] = ['hourly', 'daily', 'daily', 'daily', 'weekly', 'monthly']
const INTERVAL_MS: Readonly<Record<MockAlert['calculation_interval'], number>> = {
  hourly: HOUR,
  daily: DAY,
  weekly: 7 * DAY,
  monthly: 30 * DAY,
}

/**
 * Gives every seeded threshold the alert that owns it, as PostHog stores them (`AlertConfiguration` → `Threshold`).
 * `AlertSerializer.validate` accepts alerts only on insights whose query it can check: trends (funnel and SQL alerts
 * sit behind feature flags), so thresholds on any other kind are dropped first. Runs after the showcase and the
 * clutter, which rewrite some queries, and draws from its own generator so the rest of the seed stays as it was.
 */
export function seedAlerts(db: MockDatabase, now: number): void {
  const random = createRandom(ALERT_SEED)
  db.thresholds = db.thresholds.filter((threshold) => {
    const insight = db.insights.find((candidate) => candidate.id === threshold.insight_id)
    return insight !== undefined && insightKindOf(insight.query, insight.filters) === 'TRENDS'
  })
  db.alerts = db.thresholds.map((threshold): MockAlert => {
    const insight = db.insights.find((candidate) => candidate.id === threshold.insight_id)
    const interval = random.pick(INTERVALS)
    const enabled = random.chance(0.85)
    const roll = random.next()
    const state: MockAlert['state'] = !enabled ? 'Not firing' : roll < 0.2 ? 'Firing' : roll < 0.27 ? 'Snoozed' : 'Not firing'
    const lastChecked = enabled ? now - random.int(1, INTERVAL_MS[interval] / 60_000) * 60_000 : null
    const bounds = threshold.configuration.bounds
    const reference = bounds?.upper ?? bounds?.lower ?? 100
    return {
      id: randomUuid(random),
      project_id: insight?.project_id ?? 1,
      insight_id: threshold.insight_id,
      threshold_id: threshold.id,
      name: threshold.name,
      created_at: threshold.created_at,
      created_by: insight?.created_by ?? null,
      enabled,
      state,
      calculation_interval: interval,
      condition: { type: threshold.configuration.type === 'absolute' ? 'absolute_value' : 'relative_increase' },
      config: { type: 'TrendsAlertConfig', series_index: 0, check_ongoing_interval: false },
      last_checked_at: lastChecked === null ? null : new Date(lastChecked).toISOString(),
      next_check_at: lastChecked === null ? null : new Date(lastChecked + INTERVAL_MS[interval]).toISOString(),
      last_notified_at: state === 'Firing' && lastChecked !== null ? new Date(lastChecked).toISOString() : null,
      snoozed_until: state === 'Snoozed' ? new Date(now + random.int(1, 7) * DAY).toISOString() : null,
      skip_weekend: random.chance(0.2),
      last_value: lastChecked === null ? null : Math.round(reference * (0.5 + random.next()) * 100) / 100,
      subscribed_users: insight?.created_by === null || insight === undefined ? [] : [insight.created_by],
    }
  })
}
