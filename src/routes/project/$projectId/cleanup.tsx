import { createFileRoute } from '@tanstack/react-router'
import { CleanupPage } from '@/features/cleanup/cleanup-page'
import { cleanupSearchSchema } from '@/features/cleanup/cleanup-search'

export const Route = createFileRoute('/project/$projectId/cleanup')({
  validateSearch: cleanupSearchSchema,
  head: () => ({ meta: [{ title: 'Clean-up · Insight Desk' }] }),
  component: CleanupPage,
})
