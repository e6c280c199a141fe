import { createRootRouteWithContext, HeadContent } from '@tanstack/react-router'
import { AppShell } from '@/app/app-shell'
import { NotFoundPage } from '@/app/not-found-page'
import type { RouterContext } from '@/app/router-context'

export const Route = createRootRouteWithContext<RouterContext>()({
  head: () => ({ meta: [{ title: 'Insight Desk' }] }),
  component: () => (
    <>
      <HeadContent />
      <AppShell />
    </>
  ),
  notFoundComponent: NotFoundPage,
})
