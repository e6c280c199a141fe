import { serializeProject, serializeTeam } from '../posthog/project-serializers'
import { ok, projectRoute } from './router'

/**
 * `GET projects/:id/` (`ProjectViewSet` retrieving with `ProjectBackwardCompatSerializer`, posthog/api/project.py)
 * and `GET environments/:id/` (`TeamViewSet` retrieving with `TeamSerializer`, posthog/api/team.py); inventory in
 * mocks/posthog/project-serializers.ts.
 */
export const projectHandlers = [
  projectRoute('GET', '', 'project:read', ({ project, user, url }) =>
    ok(url.pathname.startsWith('/api/environments/') ? serializeTeam(project, user) : serializeProject(project, user)),
  ),
]
