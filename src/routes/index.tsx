import { createFileRoute, redirect } from '@tanstack/react-router'
import { getConnection } from '@/stores/connection-store'

export const Route = createFileRoute('/')({
  beforeLoad: () => {
    throw redirect({ to: '/project/$projectId', params: { projectId: getConnection().projectId }, replace: true })
  },
})
