import { serializeInsightBasic } from './insight-serializers'
import { serializeUserBasic } from './user-serializers'
import type { MockStore } from '../store/store'
import type { MockAlert, MockThreshold } from '../store/types'
import { postHogSerializer } from './inventory'

/*
 * Alerts and thresholds as products/alerts/backend/api/alert.py sends them. An alert (`AlertConfiguration`) is a
 * record of its own that points to its insight and to a `Threshold` (nullable FK); thresholds are read through
 * `ThresholdViewSet`, nested under an insight, each with the alerts that use it.
 */

/** `InsightThreshold` in posthog/schema.py: a value or a change in percent, bounded below and/or above. */
export interface MockThresholdConfiguration {
  type: 'absolute' | 'percentage'
  bounds?: { lower?: number | null; upper?: number | null } | null
}

/** `ThresholdSerializer`. */
export const thresholdSerializer = postHogSerializer({
  source: 'products/alerts/backend/api/alert.py',
  className: 'ThresholdSerializer',
  fields: ['id', 'created_at', 'name', 'configuration'],
})

/** `ThresholdWithAlertSerializer`: what `ThresholdViewSet` (list and retrieve) sends. */
export const thresholdWithAlertSerializer = postHogSerializer({
  source: 'products/alerts/backend/api/alert.py',
  className: 'ThresholdWithAlertSerializer',
  fields: [...thresholdSerializer.fields, 'alerts'],
})

/**
 * `AlertSerializer` as `AlertViewSet.list` sends it. Two of its declared fields are absent from a list answer:
 * `checks_total` (popped by `to_representation` when None; it is set on retrieve only) and `search_match_type`
 * (`SearchMatchTypeSerializerMixin`, set only when a `search` ranked the row).
 */
export const alertSerializer = postHogSerializer({
  source: 'products/alerts/backend/api/alert.py',
  className: 'AlertSerializer',
  fields: [
    'id',
    'created_by',
    'created_at',
    'insight',
    'name',
    'subscribed_users',
    'threshold',
    'condition',
    'state',
    'enabled',
    'last_notified_at',
    'last_checked_at',
    'next_check_at',
    'checks',
    'config',
    'detector_config',
    'calculation_interval',
    'snoozed_until',
    'skip_weekend',
    'schedule_restriction',
    'last_value',
    'investigation_agent_enabled',
    'investigation_gates_notifications',
    'investigation_inconclusive_action',
  ],
  // Model fields with `null=True` (AlertConfiguration, products/alerts/backend/models/alert.py), and `last_value`,
  // the latest check's `calculated_value` (None without checks).
  nullable: [
    'created_by',
    'threshold',
    'condition',
    'last_notified_at',
    'last_checked_at',
    'next_check_at',
    'config',
    'detector_config',
    'snoozed_until',
    'skip_weekend',
    'schedule_restriction',
    'last_value',
  ],
})

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
type ThresholdAnswer = Answer<typeof thresholdSerializer>
export type ThresholdWithAlertAnswer = Answer<typeof thresholdWithAlertSerializer>
export type AlertAnswer = Answer<typeof alertSerializer>

function serializeThreshold(threshold: MockThreshold): ThresholdAnswer {
  return { id: threshold.id, created_at: threshold.created_at, name: threshold.name, configuration: threshold.configuration }
}

export function serializeAlert(store: MockStore, alert: MockAlert): AlertAnswer | null {
  const insight = store.insight(alert.insight_id)
  if (!insight) return null
  const threshold = alert.threshold_id === null ? undefined : store.db.thresholds.find((row) => row.id === alert.threshold_id)
  return {
    id: alert.id,
    created_by: serializeUserBasic(store, alert.created_by),
    created_at: alert.created_at,
    insight: serializeInsightBasic(store, insight, { lastViewedAt: null }),
    name: alert.name,
    subscribed_users: alert.subscribed_users.flatMap((id) => serializeUserBasic(store, id) ?? []),
    threshold: threshold ? serializeThreshold(threshold) : null,
    condition: alert.condition,
    state: alert.state,
    enabled: alert.enabled,
    last_notified_at: alert.last_notified_at,
    last_checked_at: alert.last_checked_at,
    next_check_at: alert.next_check_at,
    // The list sends only checks with triggered points (for the chart's anomaly marks); the mock keeps no checks.
    checks: [],
    config: alert.config,
    detector_config: null,
    calculation_interval: alert.calculation_interval,
    snoozed_until: alert.snoozed_until,
    skip_weekend: alert.skip_weekend,
    schedule_restriction: null,
    last_value: alert.last_value,
    investigation_agent_enabled: false,
    investigation_gates_notifications: false,
    investigation_inconclusive_action: 'notify',
  }
}

export function serializeThresholdWithAlerts(store: MockStore, threshold: MockThreshold): ThresholdWithAlertAnswer {
  return {
    ...serializeThreshold(threshold),
    alerts: store.db.alerts
      .filter((alert) => alert.threshold_id === threshold.id)
      .flatMap((alert) => serializeAlert(store, alert) ?? []),
  }
}
