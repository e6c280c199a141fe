import { serializeCurrentUser, serializeUserBasic } from '../posthog/user-serializers'
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
      // `OrganizationMemberSerializer`: each membership nests its user with `UserBasicSerializer`.
      const members = context.store.db.users.flatMap((user) => {
        const basic = serializeUserBasic(context.store, user.id)
        return basic
          ? [{ id: `member-${user.uuid}`, user: basic, level: user.level, joined_at: user.joined_at, updated_at: user.joined_at }]
          : []
      })
      return ok(paginate(context, members))
    },
    { csv: true },
  ),
]
