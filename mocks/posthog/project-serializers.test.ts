import { describe, expect, it } from 'vitest'
import { projectSchema } from '@/api/schemas/project'
import { call, record, useMockBackend } from '../handlers/test-support'
import { keyDrift } from './inventory'
import { projectBackwardCompatSerializer, teamSerializer } from './project-serializers'

useMockBackend(20)

const NO_DRIFT = { extra: [], missing: [] }

describe('GET projects/:id/ (ProjectBackwardCompatSerializer)', () => {
  it('sends exactly its fields and parses with the client’s schema', async () => {
    const answer = await call('/api/projects/2/')
    expect(answer.status).toBe(200)
    const project = record(answer.body)
    expect(keyDrift(projectBackwardCompatSerializer, project)).toEqual(NO_DRIFT)
    expect(projectSchema.parse(answer.body)).toMatchObject({ id: 2, name: 'Hogflix Mobile', timezone: 'Europe/London' })
    expect(project).toMatchObject({ project_id: 2, is_pending_deletion: false, product_description: null })
  })

  it('sends null only where PostHog may', async () => {
    const project = record((await call('/api/projects/1/')).body)
    const nullable = new Set<string>(projectBackwardCompatSerializer.nullable)
    for (const [field, value] of Object.entries(project)) if (value === null) expect(nullable).toContain(field)
  })
})

describe('GET environments/:id/ (TeamSerializer)', () => {
  it('sends exactly TeamSerializer’s fields, without the project’s own two', async () => {
    const answer = await call('/api/environments/1/')
    expect(answer.status).toBe(200)
    expect(keyDrift(teamSerializer, record(answer.body))).toEqual(NO_DRIFT)
    expect(answer.body).not.toHaveProperty('is_pending_deletion')
    expect(projectSchema.parse(answer.body)).toMatchObject({ id: 1, name: 'Hogflix Web' })
  })

  it('keeps ProjectBackwardCompatSerializer equal to TeamSerializer plus the project’s fields, as PostHog’s parity test does', () => {
    const extra = projectBackwardCompatSerializer.fields.filter(
      (field) => !(teamSerializer.fields as readonly string[]).includes(field),
    )
    expect(extra.sort()).toEqual(['is_pending_deletion', 'product_description'])
    expect(new Set(teamSerializer.fields).size).toBe(teamSerializer.fields.length)
  })
})
