import { useParams } from '@tanstack/react-router'
import { useConnectionStore } from '@/stores/connection-store'

/** The project in the URL when there is one, else the one from the connection settings. */
export function useCurrentProjectId(): string {
  const params = useParams({ strict: false })
  const fallback = useConnectionStore((s) => s.projectId)
  return params.projectId ?? fallback
}
