import { beforeEach, describe, expect, it } from 'vitest'
import { fetchProject, projectQueries } from './projects'
import { fetchCurrentUser, fetchOrganizationMembers, userKeys, userQueries } from './users'
import { ApiError } from './http'
import { resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('users and projects', () => {
  it('keys', () => {
    expect(userQueries.me().queryKey).toEqual(['users', 'me'])
    expect(userKeys.members({})).toEqual(['users', 'members', {}])
    expect(projectQueries.detail('2').queryKey).toEqual(['projects', '2'])
  })

  it('reads the current user and the organization’s members', async () => {
    const me = await fetchCurrentUser()
    expect(me.id).toBe(1)
    expect(me.email).toContain('@')
    const members = await fetchOrganizationMembers()
    expect(members.count).toBe(8)
    expect(members.results.map((member) => member.user.id)).toContain(me.id)
  })

  it('reads a project and answers 404 for an unknown one', async () => {
    const project = await fetchProject('1')
    expect(project.id).toBe(1)
    expect(project.name.length).toBeGreaterThan(0)
    const error: unknown = await fetchProject('999').catch((reason: unknown) => reason)
    expect(error instanceof ApiError ? error.status : null).toBe(404)
  })
})
