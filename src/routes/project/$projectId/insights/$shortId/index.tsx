import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/')({
  component: () => <h2 className="text-lg font-semibold">Overview</h2>,
})
