import type { MockProject, MockUser } from '../store/types'
import { postHogSerializer } from './inventory'
import { DEMO_ORGANIZATION_ID, teamIdentity } from './user-serializers'

/*
 * A project as `GET /api/projects/:id/` and `GET /api/environments/:id/` send it. Both serializers carry every
 * environment setting (`ProjectBackwardCompatSerializer` is "compat with TeamSerializer" field by field; PostHog's
 * test_team_project_parity.py guards it), so the mock sends one demo environment through either.
 */

/** `TEAM_CONFIG_FIELDS` in posthog/api/team.py: the settings both serializers spread into their fields. */
const TEAM_CONFIG_FIELDS = [
  'app_urls',
  'anonymize_ips',
  'completed_snippet_onboarding',
  'test_account_filters',
  'test_account_filters_default_checked',
  'path_cleaning_filters',
  'is_demo',
  'timezone',
  'data_attributes',
  'person_display_name_properties',
  'correlation_config',
  'autocapture_opt_out',
  'autocapture_exceptions_opt_in',
  'autocapture_web_vitals_opt_in',
  'autocapture_web_vitals_allowed_metrics',
  'autocapture_exceptions_errors_to_ignore',
  'capture_console_log_opt_in',
  'logs_settings',
  'capture_performance_opt_in',
  'session_recording_opt_in',
  'session_recording_sample_rate',
  'session_recording_minimum_duration_milliseconds',
  'session_recording_linked_flag',
  'session_recording_network_payload_capture_config',
  'session_recording_masking_config',
  'session_recording_url_trigger_config',
  'session_recording_url_blocklist_config',
  'session_recording_event_trigger_config',
  'session_recording_trigger_match_type_config',
  'session_recording_trigger_groups',
  'session_recording_retention_period',
  'session_replay_config',
  'survey_config',
  'week_start_day',
  'primary_dashboard',
  'live_events_columns',
  'recording_domains',
  'cookieless_server_hash_mode',
  'human_friendly_comparison_periods',
  'inject_web_apps',
  'extra_settings',
  'modifiers',
  'has_completed_onboarding_for',
  'surveys_opt_in',
  'heatmaps_opt_in',
  'flags_persistence_default',
  'feature_flag_confirmation_enabled',
  'feature_flag_confirmation_message',
  'default_evaluation_contexts_enabled',
  'require_evaluation_contexts',
  'capture_dead_clicks',
  'default_data_theme',
  'revenue_analytics_config',
  'marketing_analytics_config',
  'customer_analytics_config',
  'onboarding_tasks',
  'base_currency',
  'web_analytics_pre_aggregated_tables_enabled',
  'receive_org_level_activity_logs',
  'business_model',
  'conversations_enabled',
  'conversations_settings',
  'proactive_tasks_enabled',
  'workflows_config',
] as const

/*
 * Nullable: `Team` model fields with `null=True` (posthog/models/team/team.py), the method fields typed Optional
 * (`effective_membership_level`, `live_events_token`, `user_access_level`), and `event_retention_months`, which the
 * model version read does not hold (plan-derived, synced from billing: none on a self-hosted instance).
 */
const TEAM_NULLABLE = [
  'secret_api_token',
  'secret_api_token_backup',
  'has_completed_onboarding_for',
  'onboarding_tasks',
  'test_account_filters_default_checked',
  'path_cleaning_filters',
  'person_display_name_properties',
  'correlation_config',
  'autocapture_opt_out',
  'autocapture_exceptions_opt_in',
  'autocapture_web_vitals_opt_in',
  'autocapture_web_vitals_allowed_metrics',
  'autocapture_exceptions_errors_to_ignore',
  'capture_console_log_opt_in',
  'logs_settings',
  'capture_performance_opt_in',
  'session_recording_sample_rate',
  'session_recording_minimum_duration_milliseconds',
  'session_recording_linked_flag',
  'session_recording_network_payload_capture_config',
  'session_recording_masking_config',
  'session_recording_url_trigger_config',
  'session_recording_url_blocklist_config',
  'session_recording_event_trigger_config',
  'session_recording_trigger_match_type_config',
  'session_recording_trigger_groups',
  'session_replay_config',
  'survey_config',
  'week_start_day',
  'primary_dashboard',
  'live_events_columns',
  'recording_domains',
  'cookieless_server_hash_mode',
  'human_friendly_comparison_periods',
  'inject_web_apps',
  'extra_settings',
  'modifiers',
  'surveys_opt_in',
  'heatmaps_opt_in',
  'flags_persistence_default',
  'feature_flag_confirmation_enabled',
  'feature_flag_confirmation_message',
  'default_evaluation_contexts_enabled',
  'require_evaluation_contexts',
  'capture_dead_clicks',
  'default_data_theme',
  'base_currency',
  'web_analytics_pre_aggregated_tables_enabled',
  'receive_org_level_activity_logs',
  'business_model',
  'conversations_enabled',
  'conversations_settings',
  'proactive_tasks_enabled',
  'effective_membership_level',
  'live_events_token',
  'user_access_level',
  'event_retention_months',
] as const

/** `TeamSerializer` in posthog/api/team.py: `GET /api/environments/:id/` (retrieve; the list sends `TeamBasicSerializer`). */
export const teamSerializer = postHogSerializer({
  source: 'posthog/api/team.py',
  className: 'TeamSerializer',
  fields: [
    'id',
    'uuid',
    'name',
    'access_control',
    'organization',
    'project_id',
    'api_token',
    'secret_api_token',
    'secret_api_token_backup',
    'created_at',
    'updated_at',
    'ingested_event',
    'default_modifiers',
    'person_on_events_querying_enabled',
    'user_access_level',
    ...TEAM_CONFIG_FIELDS,
    'effective_membership_level',
    'has_group_types',
    'group_types',
    'live_events_token',
    'product_intents',
    'managed_viewsets',
    'available_setup_task_ids',
    'event_retention_months',
    'events_retention_enforced',
  ],
  nullable: TEAM_NULLABLE,
})

/**
 * `ProjectBackwardCompatSerializer` in posthog/api/project.py: `GET /api/projects/:id/` (`ProjectViewSet` retrieves
 * with it; its list sends `ProjectBackwardCompatBasicSerializer`). `TeamSerializer`'s fields plus the project's own
 * `product_description` and `is_pending_deletion`.
 */
export const projectBackwardCompatSerializer = postHogSerializer({
  source: 'posthog/api/project.py',
  className: 'ProjectBackwardCompatSerializer',
  fields: [...teamSerializer.fields, 'product_description', 'is_pending_deletion'],
  // `product_description` is optional free text: a project nobody described has none.
  nullable: [...TEAM_NULLABLE, 'product_description'],
})

type TeamAnswer = Record<(typeof teamSerializer.fields)[number], unknown>
export type ProjectAnswer = Record<(typeof projectBackwardCompatSerializer.fields)[number], unknown>

/**
 * `get_available_setup_task_ids` lists every `SetupTaskId` (posthog/models/team/setup_tasks.py), whatever the
 * project did; these are its global and product analytics tasks, the part of the enum this app is about.
 */
const SETUP_TASK_IDS = [
  'ingest_first_event',
  'set_up_reverse_proxy',
  'create_first_insight',
  'create_first_dashboard',
  'track_custom_events',
  'define_actions',
  'set_up_cohorts',
  'explore_trends_insight',
  'create_funnel',
  'explore_retention_insight',
  'explore_paths_insight',
  'explore_stickiness_insight',
  'explore_lifecycle_insight',
]

/**
 * The demo environment behind a project. Values are the model defaults (posthog/models/team/team.py) except what
 * the demo keeps (name, timezone) and what a project in use would have (an ingested event, finished onboarding).
 */
function teamOf(project: MockProject, user: MockUser): TeamAnswer {
  const identity = teamIdentity(project)
  const created = '2024-01-08T09:00:00Z'
  return {
    id: project.id,
    uuid: identity.uuid,
    name: project.name,
    access_control: false,
    organization: DEMO_ORGANIZATION_ID,
    project_id: project.id,
    api_token: identity.api_token,
    secret_api_token: null,
    secret_api_token_backup: null,
    created_at: created,
    updated_at: created,
    ingested_event: true,
    default_modifiers: { personsOnEventsMode: 'person_id_override_properties_joined' },
    person_on_events_querying_enabled: false,
    // Projects take member levels, `member` or `admin` (`ACCESS_CONTROL_LEVELS_MEMBER` in posthog/rbac/
    // user_access_control.py); without access control an organization admin or owner is a project admin.
    user_access_level: user.level >= 8 ? 'admin' : 'member',
    app_urls: [],
    anonymize_ips: false,
    completed_snippet_onboarding: true,
    test_account_filters: [],
    test_account_filters_default_checked: null,
    path_cleaning_filters: [],
    is_demo: false,
    timezone: project.timezone,
    data_attributes: ['data-attr'],
    person_display_name_properties: null,
    correlation_config: {},
    autocapture_opt_out: null,
    autocapture_exceptions_opt_in: null,
    autocapture_web_vitals_opt_in: null,
    autocapture_web_vitals_allowed_metrics: null,
    autocapture_exceptions_errors_to_ignore: null,
    capture_console_log_opt_in: true,
    logs_settings: null,
    capture_performance_opt_in: true,
    session_recording_opt_in: false,
    session_recording_sample_rate: null,
    session_recording_minimum_duration_milliseconds: null,
    session_recording_linked_flag: null,
    session_recording_network_payload_capture_config: null,
    session_recording_masking_config: null,
    session_recording_url_trigger_config: [],
    session_recording_url_blocklist_config: [],
    session_recording_event_trigger_config: [],
    session_recording_trigger_match_type_config: null,
    session_recording_trigger_groups: null,
    session_recording_retention_period: '30d',
    session_replay_config: null,
    survey_config: null,
    week_start_day: null,
    primary_dashboard: null,
    live_events_columns: null,
    recording_domains: null,
    cookieless_server_hash_mode: 0,
    human_friendly_comparison_periods: false,
    inject_web_apps: null,
    extra_settings: null,
    modifiers: null,
    has_completed_onboarding_for: { product_analytics: true },
    surveys_opt_in: null,
    heatmaps_opt_in: null,
    flags_persistence_default: false,
    feature_flag_confirmation_enabled: false,
    feature_flag_confirmation_message: null,
    default_evaluation_contexts_enabled: false,
    require_evaluation_contexts: false,
    capture_dead_clicks: false,
    default_data_theme: null,
    // `TeamRevenueAnalyticsConfigSerializer`, `TeamMarketingAnalyticsConfigSerializer`,
    // `TeamCustomerAnalyticsConfigSerializer`, `TeamWorkflowsConfigSerializer` (posthog/api/team.py), unset.
    revenue_analytics_config: { base_currency: 'USD', events: [], filter_test_accounts: false },
    marketing_analytics_config: {
      sources_map: {},
      conversion_goals: [],
      attribution_window_days: 90,
      attribution_mode: 'last_touch',
      campaign_name_mappings: {},
      custom_source_mappings: {},
      campaign_field_preferences: {},
    },
    customer_analytics_config: {
      activity_event: { kind: 'EventsNode', event: '$pageview' },
      signup_pageview_event: {},
      signup_event: {},
      subscription_event: {},
      payment_event: {},
      account_group_type_index: null,
    },
    onboarding_tasks: null,
    base_currency: 'USD',
    web_analytics_pre_aggregated_tables_enabled: false,
    receive_org_level_activity_logs: false,
    business_model: null,
    conversations_enabled: null,
    conversations_settings: null,
    proactive_tasks_enabled: null,
    workflows_config: { capture_workflows_engagement_events: false, email_tracking_consent_mode: 'off' },
    effective_membership_level: user.level,
    has_group_types: false,
    group_types: [],
    // `get_or_mint_live_events_token` always mints a JWT for the livestream service; the mock has none to sign.
    live_events_token: `demo-live-events-token-${project.id}`,
    product_intents: [],
    managed_viewsets: {},
    available_setup_task_ids: SETUP_TASK_IDS,
    event_retention_months: null,
    events_retention_enforced: false,
  }
}

/** `GET /api/environments/:id/`. */
export function serializeTeam(project: MockProject, user: MockUser): TeamAnswer {
  return teamOf(project, user)
}

/** `GET /api/projects/:id/`: the environment's settings plus the project's own two fields. */
export function serializeProject(project: MockProject, user: MockUser): ProjectAnswer {
  return { ...teamOf(project, user), product_description: null, is_pending_deletion: false }
}
