import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/project/$projectId/activity')({
  head: () => ({ meta: [{ title: 'Activity · Insight Desk' }] }),
  component: () => <PageHeading title="Activity" />,
})
