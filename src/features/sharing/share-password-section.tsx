import { KeyRound, Plus, Trash2 } from 'lucide-react'
import { useId, useState } from 'react'
import type { SharingConfiguration } from '@/api/schemas/sharing'
import { useDeleteSharePassword, useUpdateSharing } from '@/api/sharing'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { Switch } from '@/components/switch'
import { AddSharePasswordDialog } from './add-share-password-dialog'
import type { SharingSectionProps } from './sharing-panel'

type SharePassword = SharingConfiguration['share_passwords'][number]

interface SharePasswordSectionProps extends SharingSectionProps {
  config: SharingConfiguration
  accessToken: string
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function passwordName(password: SharePassword): string {
  return password.note?.trim() || 'Untitled password'
}

export function SharePasswordSection({
  projectId,
  insightId,
  isReadOnly,
  onWriteError,
  config,
  accessToken,
}: SharePasswordSectionProps) {
  const update = useUpdateSharing(projectId)
  const descriptionId = useId()
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<SharePassword | null>(null)
  const [deletedName, setDeletedName] = useState<string | null>(null)
  const required =
    update.isPending && update.variables.patch.password_required !== undefined
      ? update.variables.patch.password_required
      : config.password_required
  // PostHog lists only active passwords.
  const passwords = config.share_passwords

  const setRequired = (next: boolean) =>
    update.mutate({ insightId, patch: { password_required: next } }, { onError: onWriteError })

  return (
    <section aria-labelledby="share-passwords-heading" className="space-y-4">
      <div className="flex items-center gap-2">
        <KeyRound aria-hidden className="size-5 text-slate-500" />
        <h2 id="share-passwords-heading" className="text-lg font-semibold">
          Password protection
        </h2>
      </div>
      <Switch
        isSelected={required}
        onChange={setRequired}
        // Read-only, not disabled, while saving: a disabled input would drop keyboard focus.
        isReadOnly={update.isPending}
        isDisabled={isReadOnly}
        descriptionId={descriptionId}
        description={
          required
            ? 'Viewers must enter one of the passwords below before they see anything. Each password can be removed on its own.'
            : 'Off: anyone with the link sees the insight at once. Turn on to ask for a password first.'
        }
      >
        Require a password
      </Switch>

      {required && passwords.length === 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          No passwords yet: nobody can open the link until you add one.
        </p>
      )}
      {!required && passwords.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          These passwords are kept, but not asked for while protection is off.
        </p>
      )}

      {/* Always mounted, so screen readers announce the message when it appears. */}
      <p role="status" className={deletedName ? 'text-sm font-medium text-green-800 dark:text-green-300' : 'sr-only'}>
        {deletedName ? `Password “${deletedName}” deleted: it no longer opens the link.` : ''}
      </p>

      {passwords.length > 0 && (
        <ul
          aria-label="Active passwords"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
        >
          {passwords.map((password) => (
            <li key={password.id} className="flex items-center gap-3 px-3 py-2.5">
              <div className="min-w-0 flex-1 space-y-0.5">
                <p className="font-medium break-words">
                  {password.note?.trim() ? password.note : <span className="text-slate-500 italic">Untitled password</span>}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  Created by <span className="break-all">{password.created_by_email ?? 'an unknown user'}</span>
                  {password.created_at && (
                    <>
                      {' · '}
                      <time dateTime={password.created_at}>{dateTime.format(new Date(password.created_at))}</time>
                    </>
                  )}
                </p>
              </div>
              <Button
                variant="ghost"
                aria-label={`Delete password “${passwordName(password)}”`}
                onPress={() => setDeleting(password)}
                isDisabled={isReadOnly}
                className="shrink-0 px-2"
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      )}

      {required && (
        <Button variant="primary" onPress={() => setAdding(true)} isDisabled={isReadOnly}>
          <Plus aria-hidden className="size-4" />
          Add password
        </Button>
      )}

      {/* Mounted only while open: closing unmounts the dialog, and with it the only copy of a new password. */}
      {adding && (
        <AddSharePasswordDialog
          projectId={projectId}
          insightId={insightId}
          accessToken={accessToken}
          onWriteError={onWriteError}
          onClose={() => setAdding(false)}
        />
      )}
      {deleting && (
        <DeleteSharePasswordDialog
          projectId={projectId}
          insightId={insightId}
          password={deleting}
          onWriteError={onWriteError}
          onDeleted={setDeletedName}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  )
}

interface DeleteSharePasswordDialogProps {
  projectId: string
  insightId: number
  password: SharePassword
  onWriteError: (error: unknown) => void
  onDeleted: (name: string) => void
  onClose: () => void
}

function DeleteSharePasswordDialog({
  projectId,
  insightId,
  password,
  onWriteError,
  onDeleted,
  onClose,
}: DeleteSharePasswordDialogProps) {
  const remove = useDeleteSharePassword(projectId)
  const name = passwordName(password)

  const confirm = () =>
    remove.mutate(
      { insightId, passwordId: password.id },
      {
        onSuccess: () => {
          onDeleted(name)
          onClose()
        },
        onError: (error) => {
          onClose()
          onWriteError(error)
        },
      },
    )

  return (
    <Dialog
      title={`Delete password “${name}”?`}
      role="alertdialog"
      size="sm"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
    >
      {(close) => (
        <div className="space-y-4">
          <p className="text-sm">
            Created by {password.created_by_email ?? 'an unknown user'}
            {password.created_at ? ` on ${dateTime.format(new Date(password.created_at))}` : ''}. Anyone who uses this password
            can no longer open the link. Other passwords keep working.
          </p>
          <div className="flex justify-end gap-2">
            <Button onPress={close} isDisabled={remove.isPending}>
              Cancel
            </Button>
            <Button variant="danger" onPress={confirm} isDisabled={remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete password'}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
