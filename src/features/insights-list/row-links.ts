import { useRouter } from '@tanstack/react-router'
import { useCallback, type MouseEvent } from 'react'

/** Marks a row's link to its insight; the list opens it in the app, and `Enter`/`j`/`k` find it (use-list-shortcuts). */
export const ROW_LINK_ATTRIBUTE = 'data-row-link'

/** The detail page of an insight, as a plain href: cheap enough to compute for every row of every render. */
export function insightDetailHref(projectId: string, shortId: string): string {
  return `/project/${encodeURIComponent(projectId)}/insights/${encodeURIComponent(shortId)}`
}

/**
 * One click handler on the list opens a row's link inside the app. Rows carry plain anchors rather than a router Link
 * each: fifty Links subscribed to the router and built their locations on every render, a fifth of a page's render
 * time. A click with a modifier or another button stays the browser's (new tab, new window, download).
 */
export function useRowLinkClicks(): (event: MouseEvent) => void {
  const router = useRouter()
  return useCallback(
    (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest(`a[${ROW_LINK_ATTRIBUTE}]`) : null
      const href = link?.getAttribute('href')
      if (!href) return
      event.preventDefault()
      void router.navigate({ href })
    },
    [router],
  )
}
