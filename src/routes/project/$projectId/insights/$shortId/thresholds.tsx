import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/thresholds')({
  component: () => <h2 className="text-lg font-semibold">Thresholds</h2>,
})
