import type { Project } from '@/api/schemas/project'
import { ok, projectRoute } from './router'

export const projectHandlers = [
  projectRoute('GET', '', 'project:read', ({ project }) => {
    const body: Project = { id: project.id, name: project.name, timezone: project.timezone }
    return ok(body)
  }),
]
