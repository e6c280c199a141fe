import { describe, expect, it } from 'vitest'
import { organizationMemberListSchema } from '@/api/schemas/member'
import { currentUserSchema } from '@/api/schemas/user'
import { call, record, useMockBackend } from '../handlers/test-support'
import { keyDrift } from './inventory'
import {
  organizationBasicSerializer,
  organizationMemberSerializer,
  teamBasicSerializer,
  userBasicSerializer,
  userSerializer,
} from './user-serializers'

useMockBackend(20)

const NO_DRIFT = { extra: [], missing: [] }

describe('GET users/@me/ (UserSerializer)', () => {
  it('sends exactly UserSerializer’s readable fields, with the basic team and organizations, and parses', async () => {
    const answer = await call('/api/users/@me/')
    expect(answer.status).toBe(200)
    const me = record(answer.body)
    expect(keyDrift(userSerializer, me)).toEqual(NO_DRIFT)
    expect(keyDrift(teamBasicSerializer, record(me.team))).toEqual(NO_DRIFT)
    expect(keyDrift(organizationBasicSerializer, record(me.organization))).toEqual(NO_DRIFT)
    for (const organization of me.organizations as unknown[])
      expect(keyDrift(organizationBasicSerializer, record(organization))).toEqual(NO_DRIFT)
    for (const writeOnly of ['password', 'current_password', 'set_current_organization', 'set_current_team'])
      expect(me).not.toHaveProperty(writeOnly)
    const parsed = currentUserSchema.parse(answer.body)
    expect(parsed).toMatchObject({ id: 1, email: 'ada@hogflix.example', team: { id: 1 }, organization: { name: 'Hogflix' } })
  })
})

describe('GET organizations/@current/members/ (OrganizationMemberSerializer)', () => {
  it('pages memberships with exactly the serializer’s fields, newest member first', async () => {
    const answer = await call('/api/organizations/@current/members/?limit=3')
    expect(answer.status).toBe(200)
    const page = record(answer.body)
    expect(Object.keys(page).sort()).toEqual(['count', 'next', 'previous', 'results'])
    const rows = page.results as Record<string, unknown>[]
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(keyDrift(organizationMemberSerializer, row)).toEqual(NO_DRIFT)
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(row).toMatchObject({ is_guest: false, guest_grant_count: null, is_2fa_enabled: false })
    }
    const joined = rows.map((row) => String(row.joined_at))
    expect(joined).toEqual([...joined].sort().reverse())
    expect(organizationMemberListSchema.safeParse(answer.body).success).toBe(true)
  })
})

describe('nested users (UserBasicSerializer)', () => {
  it('are the 9-field basic user in the member list', async () => {
    const answer = await call('/api/organizations/@current/members/')
    const rows = record(answer.body).results as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(keyDrift(userBasicSerializer, record(row.user))).toEqual(NO_DRIFT)
    expect(organizationMemberListSchema.safeParse(answer.body).success).toBe(true)
  })

  it('keep nullable fields nullable in the inventory', () => {
    expect(userBasicSerializer.fields).toHaveLength(9)
    for (const field of userBasicSerializer.nullable) expect(userBasicSerializer.fields).toContain(field)
  })
})
