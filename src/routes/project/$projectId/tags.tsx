import { createFileRoute } from '@tanstack/react-router'
import { tagQueries } from '@/api/tags'
import { TagManagerPage } from '@/features/tags/tag-manager-page'
import { tagManagerSearchSchema } from '@/features/tags/tag-manager-search'

export const Route = createFileRoute('/project/$projectId/tags')({
  validateSearch: tagManagerSearchSchema,
  loader: ({ context, params }) => context.queryClient.ensureQueryData(tagQueries.usage(params.projectId)),
  head: () => ({ meta: [{ title: 'Tags · Insight Desk' }] }),
  component: TagManagerPage,
})
