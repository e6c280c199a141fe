import { serializeCurrentUser, serializeOrganizationMember } from '../posthog/user-serializers'
import { paginate } from './lookups'
import { apiRoute, ok } from './router'

export const userHandlers = [
  /** `UserViewSet` retrieving `@me` with `UserSerializer`; the key's current team is the first demo project. */
  apiRoute('GET', 'users/@me', 'user:read', ({ store, user }) => ok(serializeCurrentUser(user, store.project(1)))),
  apiRoute(
    'GET',
    'organizations/@current/members',
    'organization_member:read',
    (context) => {
      // `OrganizationMemberViewSet.list`: newest member first (`-joined_at`, then newest id as the tie-break).
      const members = [...context.store.db.users]
        .sort((a, b) => b.joined_at.localeCompare(a.joined_at) || b.id - a.id)
        .map(serializeOrganizationMember)
      return ok(paginate(context, members))
    },
    { csv: true },
  ),
]
