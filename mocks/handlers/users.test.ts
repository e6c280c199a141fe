import { describe, expect, it } from 'vitest'
import { organizationMemberListSchema } from '@/api/schemas/member'
import { projectSchema } from '@/api/schemas/project'
import { currentUserSchema } from '@/api/schemas/user'
import { call, useMockBackend } from './test-support'

useMockBackend()

describe('users, members and projects', () => {
  it('answers the logged-in user, Ada Lovelace', async () => {
    const me = currentUserSchema.parse((await call('/api/users/@me/')).body)
    expect(me).toMatchObject({ id: 1, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.example', team: { id: 1 } })
  })

  it('lists the 8 organization members, newest first as PostHog orders them (-joined_at): the founder last', async () => {
    const members = organizationMemberListSchema.parse((await call('/api/organizations/@current/members/')).body)
    expect(members.count).toBe(8)
    expect(members.results.at(-1)?.user.first_name).toBe('Ada')
  })

  it('answers both projects under both path families, and 404 for others', async () => {
    expect(projectSchema.parse((await call('/api/projects/1/')).body)).toEqual({ id: 1, name: 'Hogflix Web', timezone: 'UTC' })
    expect(projectSchema.parse((await call('/api/environments/2')).body).name).toBe('Hogflix Mobile')
    expect((await call('/api/projects/3/')).status).toBe(404)
    expect((await call('/api/projects/web/')).status).toBe(404)
  })
})
