import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/sharing')({
  component: () => <h2 className="text-lg font-semibold">Sharing</h2>,
})
