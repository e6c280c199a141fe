import type { UserBasic } from '@/api/schemas/user'

/** "Ada Lovelace", or the email when the user has no name. */
export function userName(user: UserBasic | null | undefined): string {
  if (!user) return 'Unknown'
  const name = `${user.first_name} ${user.last_name}`.trim()
  return name || user.email
}
