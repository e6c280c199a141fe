import type { UserBasic } from '@/api/schemas/user'

function fullName(user: UserBasic): string {
  return `${user.first_name} ${user.last_name}`.trim() || user.email
}

function initials(user: UserBasic): string {
  const name = fullName(user)
  const letters = name.includes('@')
    ? name.slice(0, 1)
    : name
        .split(/\s+/)
        .map((part) => part.slice(0, 1))
        .join('')
  return letters.slice(0, 2).toUpperCase()
}

// Fixed pairs that keep white text readable (WCAG AA) in both themes; a user keeps their colour everywhere.
const colors = ['bg-blue-700', 'bg-emerald-700', 'bg-violet-700', 'bg-rose-700', 'bg-amber-700', 'bg-cyan-700'] as const

/** Initials of the people who viewed an insight most recently; the names are in the label and tooltip. */
export function ViewerAvatars({ viewers }: { viewers: readonly UserBasic[] }) {
  if (!viewers.length) return null
  const names = viewers.map(fullName)
  return (
    <ul aria-label={`Recently viewed by ${names.join(', ')}`} className="flex shrink-0 gap-0.5">
      {viewers.map((viewer, index) => (
        <li
          key={viewer.id}
          title={names[index]}
          className={`flex size-6 items-center justify-center rounded-full text-[10px] font-semibold text-white ${colors[viewer.id % colors.length]}`}
        >
          <span aria-hidden>{initials(viewer)}</span>
        </li>
      ))}
    </ul>
  )
}
