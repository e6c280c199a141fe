import { ok, projectRoute } from './router'

/**
 * `GET projects/:id/` (`ProjectViewSet`, `ProjectBackwardCompatSerializer` in posthog/api/project.py) and
 * `environments/:id/` (`TeamSerializer`). Not inventoried: the mock sends only the project settings it keeps (`id`,
 * `name`, `timezone`), all of which both serializers send under these names.
 */
export const projectHandlers = [
  projectRoute('GET', '', 'project:read', ({ project }) =>
    ok({ id: project.id, name: project.name, timezone: project.timezone }),
  ),
]
