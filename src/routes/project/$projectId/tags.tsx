import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/project/$projectId/tags')({
  head: () => ({ meta: [{ title: 'Tags · Insight Desk' }] }),
  component: () => <PageHeading title="Tags" />,
})
