import type { MockStore } from '../store/store'
import type { MockProject, MockUser } from '../store/types'
import { postHogSerializer } from './inventory'

/**
 * `UserBasicSerializer` in posthog/api/shared.py: every nested user (an insight's `created_by`, `last_modified_by`,
 * trending `viewers`, an organization member's `user`).
 */
export const userBasicSerializer = postHogSerializer({
  source: 'posthog/api/shared.py',
  className: 'UserBasicSerializer',
  fields: [
    'id',
    'uuid',
    'distinct_id',
    'first_name',
    'last_name',
    'email',
    'is_email_verified',
    'hedgehog_config',
    'role_at_organization',
  ],
  // `User.distinct_id`, `is_email_verified` and `role_at_organization` are `null=True`; `get_hedgehog_config` returns
  // None for a user who never set one up.
  nullable: ['distinct_id', 'is_email_verified', 'hedgehog_config', 'role_at_organization'],
})

type UserBasicField = (typeof userBasicSerializer.fields)[number]
export type UserBasicAnswer = Record<UserBasicField, unknown>

/** `ROLE_CHOICES` in posthog/models/user.py; the demo users' roles are spread over them by id. */
const ROLES = ['engineering', 'data', 'product', 'founder', 'leadership', 'marketing', 'sales', 'other'] as const

/**
 * A demo user as PostHog sends them nested. The seed keeps no hedgehog, so `hedgehog_config` is None as for anyone who
 * never opened the hedgehog settings; demo users signed up with a verified email.
 */
function userBasicOf(user: MockUser): UserBasicAnswer {
  return {
    id: user.id,
    uuid: user.uuid,
    distinct_id: user.distinct_id,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    is_email_verified: true,
    hedgehog_config: null,
    role_at_organization: ROLES[(user.id - 1) % ROLES.length] ?? null,
  }
}

/** The nested user for a stored user id; null when there is none (a deleted user, or PostHog's null FK). */
export function serializeUserBasic(store: MockStore, id: number | null): UserBasicAnswer | null {
  const user = store.user(id)
  return user ? userBasicOf(user) : null
}

/** `TeamBasicSerializer` in posthog/api/shared.py: `users/@me`'s `team`, the project the key works in. */
export const teamBasicSerializer = postHogSerializer({
  source: 'posthog/api/shared.py',
  className: 'TeamBasicSerializer',
  fields: [
    'id',
    'uuid',
    'organization',
    'project_id',
    'api_token',
    'name',
    'completed_snippet_onboarding',
    'has_completed_onboarding_for',
    'ingested_event',
    'is_demo',
    'timezone',
    'access_control',
  ],
  // `Team.project_id` and `has_completed_onboarding_for` are `null=True`.
  nullable: ['project_id', 'has_completed_onboarding_for'],
})

/** `OrganizationBasicSerializer` in posthog/api/shared.py: `users/@me`'s `organizations` (and its `organization`). */
export const organizationBasicSerializer = postHogSerializer({
  source: 'posthog/api/shared.py',
  className: 'OrganizationBasicSerializer',
  fields: [
    'id',
    'name',
    'slug',
    'logo_media_id',
    'membership_level',
    'members_can_use_personal_api_keys',
    'is_active',
    'is_not_active_reason',
    'is_pending_deletion',
  ],
  // `logo_media` and `is_not_active_reason` are `null=True`; `membership_level` is None without a membership.
  nullable: ['logo_media_id', 'membership_level', 'is_not_active_reason'],
})

/**
 * `UserSerializer` in posthog/api/user.py: `GET users/@me/`. Write-only fields (`password`, `current_password`,
 * `set_current_organization`, `set_current_team`) are never sent.
 *
 * One faithful subset: PostHog nests the current organization as the full `OrganizationSerializer` (posthog/api/
 * organization.py: plan features, billing, teams and projects, …), which rests on billing state the mock does not keep.
 * The mock sends it with `OrganizationBasicSerializer`'s fields, all of which the full serializer also sends.
 */
export const userSerializer = postHogSerializer({
  source: 'posthog/api/user.py',
  className: 'UserSerializer',
  fields: [
    'date_joined',
    'uuid',
    'distinct_id',
    'first_name',
    'last_name',
    'email',
    'pending_email',
    'is_email_verified',
    'notification_settings',
    'notification_locks',
    'anonymize_data',
    'allow_impersonation',
    'toolbar_mode',
    'has_password',
    'id',
    'is_staff',
    'is_impersonated',
    'is_impersonated_until',
    'is_impersonated_read_only',
    'is_impersonated_reason',
    'sensitive_session_expires_at',
    'fresh_reauth_expires_at',
    'team',
    'organization',
    'organizations',
    'events_column_config',
    'is_2fa_enabled',
    'has_social_auth',
    'has_sso_enforcement',
    'has_seen_product_intro_for',
    'scene_personalisation',
    'theme_mode',
    'hedgehog_config',
    'allow_sidebar_suggestions',
    'shortcut_position',
    'role_at_organization',
    'passkeys_enabled_for_2fa',
    'hide_mcp_hints',
    'ui_configuration',
    'onboarding_skipped_at',
    'onboarding_skipped_reason',
    'onboarding_skipped_organization_id',
    'onboarding_delegated_to_invite',
    'onboarding_delegated_to_organization_id',
    'onboarding_delegation_accepted_at',
    'is_organization_first_user',
    'active_realtime_notification_types',
    'pending_invites',
    'requires_credential_review',
  ],
  // Model fields with `null=True` and the method fields that return None outside an impersonated or session login
  // (a personal API key has no session).
  nullable: [
    'distinct_id',
    'pending_email',
    'is_email_verified',
    'anonymize_data',
    'allow_impersonation',
    'toolbar_mode',
    'is_impersonated',
    'is_impersonated_until',
    'is_impersonated_read_only',
    'is_impersonated_reason',
    'sensitive_session_expires_at',
    'fresh_reauth_expires_at',
    'team',
    'organization',
    'has_seen_product_intro_for',
    'theme_mode',
    'hedgehog_config',
    'allow_sidebar_suggestions',
    'shortcut_position',
    'role_at_organization',
    'passkeys_enabled_for_2fa',
    'hide_mcp_hints',
    'ui_configuration',
    'onboarding_skipped_at',
    'onboarding_skipped_reason',
    'onboarding_skipped_organization_id',
    'onboarding_delegated_to_invite',
    'onboarding_delegated_to_organization_id',
    'onboarding_delegation_accepted_at',
    'is_organization_first_user',
  ],
})

type UserField = (typeof userSerializer.fields)[number]
export type CurrentUserAnswer = Record<UserField, unknown>
type TeamBasicAnswer = Record<(typeof teamBasicSerializer.fields)[number], unknown>
type OrganizationBasicAnswer = Record<(typeof organizationBasicSerializer.fields)[number], unknown>

/** The demo organization every mock user belongs to. */
const ORGANIZATION = { id: '0188a1b2-0000-4000-8000-0000000000aa', name: 'Hogflix', slug: 'hogflix' } as const
export const DEMO_ORGANIZATION_ID = ORGANIZATION.id

/** A demo project's environment ids, the same in `users/@me`'s team and in `projects/:id/`. */
export function teamIdentity(project: MockProject): { uuid: string; api_token: string } {
  const hex = project.id.toString(16).padStart(12, '0')
  return { uuid: `0188a1b2-0000-4000-8000-${hex}`, api_token: `phc_demo${hex}` }
}

/** The organization as the user's membership sees it: `membership_level` is their `OrganizationMembership.Level`. */
function organizationOf(user: MockUser): OrganizationBasicAnswer {
  return {
    id: ORGANIZATION.id,
    name: ORGANIZATION.name,
    slug: ORGANIZATION.slug,
    logo_media_id: null,
    membership_level: user.level,
    members_can_use_personal_api_keys: true,
    is_active: true,
    is_not_active_reason: null,
    is_pending_deletion: false,
  }
}

/** A demo project as its environment (`Team`): ids match, as for every project made since environments exist. */
function teamOf(project: MockProject): TeamBasicAnswer {
  const identity = teamIdentity(project)
  return {
    id: project.id,
    uuid: identity.uuid,
    organization: ORGANIZATION.id,
    project_id: project.id,
    api_token: identity.api_token,
    name: project.name,
    completed_snippet_onboarding: true,
    has_completed_onboarding_for: { product_analytics: true },
    ingested_event: true,
    is_demo: false,
    timezone: project.timezone,
    access_control: false,
  }
}

/** `users/@me` for a personal API key: no session, so the impersonation and re-auth fields are None. */
export function serializeCurrentUser(user: MockUser, project: MockProject | undefined): CurrentUserAnswer {
  const basic = userBasicOf(user)
  return {
    date_joined: user.joined_at,
    uuid: basic.uuid,
    distinct_id: basic.distinct_id,
    first_name: basic.first_name,
    last_name: basic.last_name,
    email: basic.email,
    pending_email: null,
    is_email_verified: basic.is_email_verified,
    notification_settings: { plugin_disabled: false, all_weekly_report_disabled: false },
    notification_locks: [],
    anonymize_data: false,
    allow_impersonation: true,
    toolbar_mode: 'toolbar',
    has_password: true,
    id: basic.id,
    is_staff: false,
    is_impersonated: false,
    is_impersonated_until: null,
    is_impersonated_read_only: null,
    is_impersonated_reason: null,
    sensitive_session_expires_at: null,
    fresh_reauth_expires_at: null,
    team: project ? teamOf(project) : null,
    organization: organizationOf(user),
    organizations: [organizationOf(user)],
    events_column_config: { active: 'DEFAULT' },
    is_2fa_enabled: false,
    has_social_auth: false,
    has_sso_enforcement: false,
    has_seen_product_intro_for: null,
    scene_personalisation: [],
    theme_mode: null,
    hedgehog_config: basic.hedgehog_config,
    allow_sidebar_suggestions: null,
    shortcut_position: null,
    role_at_organization: basic.role_at_organization,
    passkeys_enabled_for_2fa: null,
    hide_mcp_hints: null,
    ui_configuration: null,
    onboarding_skipped_at: null,
    onboarding_skipped_reason: null,
    onboarding_skipped_organization_id: null,
    onboarding_delegated_to_invite: null,
    onboarding_delegated_to_organization_id: null,
    onboarding_delegation_accepted_at: null,
    // The first demo user founded the organization; everyone else joined by invite.
    is_organization_first_user: user.id === 1,
    active_realtime_notification_types: [],
    pending_invites: [],
    requires_credential_review: false,
  }
}

/**
 * `OrganizationMemberSerializer` in posthog/api/organization_member.py: a row of `GET organizations/@current/members/`.
 * `OrganizationMemberViewSet` sets no `pagination_class`, so it pages with the default `LimitOffsetPagination`, newest
 * member first (`-joined_at`), guests left out.
 */
export const organizationMemberSerializer = postHogSerializer({
  source: 'posthog/api/organization_member.py',
  className: 'OrganizationMemberSerializer',
  fields: [
    'id',
    'user',
    'level',
    'joined_at',
    'updated_at',
    'is_2fa_enabled',
    'has_social_auth',
    'last_login',
    'is_guest',
    'guest_grant_count',
  ],
  // `last_login` is annotated from `User.last_login` (Django's `null=True`); `get_guest_grant_count` is None for a
  // regular member.
  nullable: ['last_login', 'guest_grant_count'],
})

export type OrganizationMemberAnswer = Record<(typeof organizationMemberSerializer.fields)[number], unknown>

/** A demo user's membership. Its id is a UUID (`OrganizationMembership` is a `UUIDModel`), derived from the user's. */
export function serializeOrganizationMember(user: MockUser): OrganizationMemberAnswer {
  return {
    id: `${user.uuid.slice(0, 19)}9000-${user.id.toString(16).padStart(12, '0')}`,
    user: userBasicOf(user),
    level: user.level,
    joined_at: user.joined_at,
    updated_at: user.joined_at,
    // Demo users sign in with a password and no second factor.
    is_2fa_enabled: false,
    has_social_auth: false,
    // The seed keeps no sign-ins; each demo user last signed in when they joined.
    last_login: user.joined_at,
    is_guest: false,
    guest_grant_count: null,
  }
}
