import { useRouterState } from '@tanstack/react-router'
import { useDelayedFlag } from '@/lib/use-delayed-flag'

const SHOW_AFTER_MS = 200

/** A thin bar at the top while a navigation is slow; fast ones never show it. */
export function NavigationProgress() {
  const pending = useRouterState({ select: (s) => s.status === 'pending' })
  const visible = useDelayedFlag(pending, SHOW_AFTER_MS)

  if (!visible) return null
  return (
    <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-blue-100">
      <div className="h-full w-1/3 animate-pulse bg-blue-600" />
    </div>
  )
}
