import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/project/$projectId/insights/$shortId/activity')({
  component: () => <h2 className="text-lg font-semibold">Activity</h2>,
})
