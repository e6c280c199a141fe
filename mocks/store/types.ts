import type { ActivityChange } from '@/api/schemas/activity'
import type { SharingSettings } from '@/api/schemas/sharing'
import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import type { QueryNode } from './insight-nodes'

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
  detail: { name: string | null; short_id: string | null; changes: ActivityChange[] | null }
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
  settings: SharingSettings | null
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
  configuration: ThresholdConfiguration
}

export interface MockElement {
  id: number
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
  elements: MockElement[]
  /** Next numeric ids, so a created row never reuses one (even after a reload). */
  sequences: { insight: number; element: number; activity: number }
}
