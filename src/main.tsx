import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { dropEarlyResponses } from '@/api/early-requests'
import { holdRequestsUntil } from '@/api/http'
import { applyConnectionMode } from '@/features/settings/demo-bridge'
import { followDemoData } from '@/app/follow-demo-data'
import { confirmLeavingWithPendingWrites, createQueryClient } from '@/app/query-client'
import { createAppRouter } from '@/app/router'
import { notify } from '@/components/notify'
import { getConnection } from '@/stores/connection-store'
import './index.css'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')
const root = createRoot(rootElement)

async function bootstrap() {
  // Demo mode: the in-browser mock starts while the app renders and starts its route loads (the two used to run one
  // after the other); requests wait until the mock listens. API mode holds nothing: a mock service worker left from an
  // earlier demo does not answer a page that has not started it.
  const mode = getConnection().mode
  const mockStarted = applyConnectionMode(mode)
  if (mode === 'mock') {
    holdRequestsUntil(mockStarted)
    // A mark for end-to-end tests (e2e/fixtures.ts), which fetch from the page and so must not ask before the mock listens.
    const root = document.documentElement
    root.dataset.demoMock = 'starting'
    mockStarted.then(
      () => (root.dataset.demoMock = 'ready'),
      () => (root.dataset.demoMock = 'failed'),
    )
  }
  const queryClient = createQueryClient()
  followDemoData(queryClient)
  confirmLeavingWithPendingWrites(queryClient)
  const router = createAppRouter(queryClient)
  // Start the route's loaders (its API requests) now, not after React's first render: the rows arrive sooner. The
  // router's own mount sees the load in progress and joins it.
  router.load().catch(console.error).finally(dropEarlyResponses)
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
  const mockNotice = await mockStarted
  if (mockNotice) notify('info', mockNotice, { duration: 10_000 })
}

bootstrap().catch((error: unknown) => {
  root.render(
    <div role="alert" style={{ padding: 24, fontFamily: 'system-ui' }}>
      <h1>Insight Desk could not start</h1>
      <p>The in-browser mock API failed to start: {error instanceof Error ? error.message : String(error)}</p>
      <p>Use a browser with service workers enabled, or connect to a PostHog API in Settings.</p>
    </div>,
  )
})
