import type { QueryNode } from './insight-nodes'
import type { MockActivityChange } from '../posthog/activity-serializers'
import type { MockThresholdConfiguration } from '../posthog/alert-serializers'
import type { MockSharingSettings } from '../posthog/sharing-serializers'

/*
 * The mock's tables. Rows hold ids, not nested objects (users, tags by name), so a snapshot is plain JSON and an edit
 * to one row shows everywhere it is referenced — the way the real database behaves.
 */

export interface MockUser {
  id: number
  uuid: string
  distinct_id: string
  first_name: string
  last_name: string
  email: string
  /** Organization membership level: 1 member, 8 admin, 15 owner. */
  level: number
  joined_at: string
}

export interface MockProject {
  id: number
  name: string
  timezone: string
}

export interface MockDashboard {
  id: number
  project_id: number
  name: string
}

export interface MockInsight {
  id: number
  project_id: number
  short_id: string
  name: string | null
  derived_name: string | null
  description: string | null
  query: QueryNode | null
  /** Legacy `filters` of an insight saved by an older PostHog, which then has no `query`; absent otherwise. */
  filters?: Record<string, unknown>
  order: number | null
  deleted: boolean
  dashboards: number[]
  tags: string[]
  favorited: boolean
  saved: boolean
  created_at: string
  created_by: number | null
  last_modified_at: string
  last_modified_by: number | null
  last_refresh: string | null
  /**
   * `Insight.updated_at` (`auto_now`): any save, favoriting included. Optional because browser snapshots saved before
   * the field existed lack it (read as `last_modified_at`).
   */
  updated_at?: string
  /**
   * `Insight.is_sample`: made by a template, not by a person; PostHog clears it on any edit. Optional because browser
   * snapshots saved before the field existed lack it (read as false).
   */
  is_sample?: boolean
}

export interface MockInsightView {
  insight_id: number
  user_id: number
  viewed_at: string
}

export interface MockActivity {
  id: string
  project_id: number
  user_id: number | null
  activity: string
  scope: 'Insight'
  item_id: string
  /** `ActivityLog.detail` is `null=True`. */
  detail: { name: string | null; short_id: string | null; changes: MockActivityChange[] | null } | null
  created_at: string
}

interface MockSharePassword {
  id: string
  created_at: string
  note: string
  created_by: number | null
  /** The mock keeps a hash, never the raw password, like PostHog. */
  password_hash: string
  is_active: boolean
}

export interface MockSharingConfiguration {
  insight_id: number
  project_id: number
  created_at: string
  enabled: boolean
  access_token: string
  settings: MockSharingSettings | null
  password_required: boolean
  passwords: MockSharePassword[]
  /** Tokens handed out by a successful password unlock of the public viewer. */
  share_tokens: string[]
}

export interface MockThreshold {
  id: string
  insight_id: number
  created_at: string
  name: string
  configuration: MockThresholdConfiguration
}

/** `AlertConfiguration` (products/alerts/backend/models/alert.py): an alert on one insight, pointing to its threshold. */
export interface MockAlert {
  id: string
  project_id: number
  insight_id: number
  threshold_id: string | null
  name: string
  created_at: string
  created_by: number | null
  enabled: boolean
  /** `AlertState`: "Firing", "Not firing", "Errored" or "Snoozed". */
  state: 'Firing' | 'Not firing' | 'Errored' | 'Snoozed'
  calculation_interval: 'hourly' | 'daily' | 'weekly' | 'monthly'
  /** `AlertCondition`. */
  condition: { type: 'absolute_value' | 'relative_increase' | 'relative_decrease' }
  /** `TrendsAlertConfig`: which series is watched. */
  config: { type: 'TrendsAlertConfig'; series_index: number; check_ongoing_interval: boolean }
  last_checked_at: string | null
  next_check_at: string | null
  last_notified_at: string | null
  snoozed_until: string | null
  skip_weekend: boolean
  last_value: number | null
  subscribed_users: number[]
}

/** An autocaptured element. PostHog's API never reveals an element's id, so the mock keeps none. */
export interface MockElement {
  project_id: number
  text: string | null
  tag_name: string | null
  attr_class: string[] | null
  href: string | null
  attr_id: string | null
  nth_child: number | null
  nth_of_type: number | null
  attributes: Record<string, string>
  order: number | null
  /** How often the element was autocaptured, for `stats`. */
  clicks: number
  /** Which autocapture event produced it, for `stats?include=`. */
  event: '$autocapture' | '$rageclick' | '$dead_click'
}

export interface MockDatabase {
  users: MockUser[]
  projects: MockProject[]
  dashboards: MockDashboard[]
  insights: MockInsight[]
  views: MockInsightView[]
  activity: MockActivity[]
  sharing: MockSharingConfiguration[]
  thresholds: MockThreshold[]
  alerts: MockAlert[]
  elements: MockElement[]
  /** Next numeric ids, so a created row never reuses one (even after a reload). */
  sequences: { insight: number; activity: number }
}
