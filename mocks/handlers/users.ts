import type { CurrentUser } from '@/api/schemas/user'
import type { OrganizationMember } from '@/api/schemas/member'
import { serializeUser } from '../store/serialize'
import { notFound } from './errors'
import { paginate } from './lookups'
import { apiRoute, ok } from './router'

/** The demo organization every mock user belongs to. */
const ORGANIZATION = { id: '0188a1b2-0000-4000-8000-0000000000aa', name: 'Hogflix' } as const

export const userHandlers = [
  apiRoute('GET', 'users/@me', 'user:read', ({ store, user }) => {
    const basic = serializeUser(store, user.id)
    if (!basic) throw notFound()
    const project = store.project(1)
    const me: CurrentUser = {
      ...basic,
      team: project ? { id: project.id, name: project.name } : null,
      organization: ORGANIZATION,
    }
    return ok(me)
  }),
  apiRoute(
    'GET',
    'organizations/@current/members',
    'organization_member:read',
    (context) => {
      const members = context.store.db.users.flatMap((user): OrganizationMember[] => {
        const basic = serializeUser(context.store, user.id)
        return basic
          ? [{ id: `member-${user.uuid}`, user: basic, level: user.level, joined_at: user.joined_at, updated_at: user.joined_at }]
          : []
      })
      return ok(paginate(context, members))
    },
    { csv: true },
  ),
]
