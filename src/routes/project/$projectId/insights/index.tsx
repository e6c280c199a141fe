import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/project/$projectId/insights/')({
  head: () => ({ meta: [{ title: 'Insights · Insight Desk' }] }),
  component: () => <PageHeading title="Insights" />,
})
