import { createRootRouteWithContext } from '@tanstack/react-router'
import { AppShell } from '@/app/app-shell'
import { DocumentTitle } from '@/app/document-title'
import { LazyNotFoundPage } from '@/app/lazy-not-found-page'
import type { RouterContext } from '@/app/router-context'

export const Route = createRootRouteWithContext<RouterContext>()({
  head: () => ({ meta: [{ title: 'Insight Desk' }] }),
  component: () => (
    <>
      <DocumentTitle />
      <AppShell />
    </>
  ),
  notFoundComponent: LazyNotFoundPage,
})
