import { useEffect, useRef } from 'react'
import { useMarkInsightsViewed } from '@/api/insights'

/**
 * Records one view per visit: once when the page opens an insight, again only if it switches to another insight.
 * The ref survives React's StrictMode double effect and re-renders, so neither records a second view; leaving the
 * page unmounts it, so coming back is a new visit.
 */
export function useRecordView(projectId: string, insightId: number): void {
  const { mutate } = useMarkInsightsViewed(projectId)
  const recorded = useRef<number | null>(null)
  useEffect(() => {
    if (recorded.current === insightId) return
    recorded.current = insightId
    mutate([insightId])
  }, [insightId, mutate])
}
