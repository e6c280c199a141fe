import type { Insight } from '@/api/schemas/insight'
import { useWriteDeniedReason } from '@/api/write-access'

export interface EditPermission {
  canEdit: boolean
  /** Why editing is off, in words for the user; null while it is on. */
  reason: string | null
}

/** Whether this insight can be edited with the current connection, and if not, why. */
export function useEditPermission(insight: Pick<Insight, 'user_access_level'>): EditPermission {
  const denied = useWriteDeniedReason('insight')
  if (denied) return { canEdit: false, reason: denied }
  if (insight.user_access_level === 'viewer' || insight.user_access_level === 'none') {
    return { canEdit: false, reason: 'You have view-only access to this insight.' }
  }
  return { canEdit: true, reason: null }
}
