import { projectPath } from './http'
import { getConnection } from '@/stores/connection-store'

/**
 * `projects/<projectId>/<rest>` (or `environments/…`): the path family and host still follow the connection, but the
 * project comes from the caller — routes carry it in the URL, so a query never reads a different project than the
 * key it is cached under.
 */
export function projectScoped(projectId: string, rest: string): string {
  return projectPath(rest, { ...getConnection(), projectId })
}

/** Path segment of an insight: PostHog accepts the numeric id or the 8-character `short_id` alike. */
export function insightSegment(insightId: number | string): string {
  return encodeURIComponent(String(insightId))
}
