import { useRouterState } from '@tanstack/react-router'
import { useEffect } from 'react'

/** The deepest matched route's `head` title. */
function titleOf(matches: readonly { meta?: readonly ({ title?: string } | undefined)[] | undefined }[]): string | undefined {
  for (let i = matches.length - 1; i >= 0; i--) {
    const title = matches[i]?.meta?.find((entry) => entry?.title)?.title
    if (title) return title
  }
  return undefined
}

/**
 * Keeps `document.title` in step with the routes' `head` titles. Routes declare nothing else in `head`, so this
 * replaces the router's `HeadContent`, whose tag and script handling is ~2.5 KB of every page's initial JS.
 */
export function DocumentTitle() {
  const title = useRouterState({ select: (state) => titleOf(state.matches) })
  useEffect(() => {
    if (title) document.title = title
  }, [title])
  return null
}
