import { createFileRoute, Outlet } from '@tanstack/react-router'
import { loadProjectOrNotFound } from '@/app/load-project'

export const Route = createFileRoute('/project/$projectId')({
  loader: ({ context, params }) => loadProjectOrNotFound(context.queryClient, params.projectId),
  component: Outlet,
})
