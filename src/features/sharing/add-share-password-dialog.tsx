import { AlertTriangle, ExternalLink } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { Form, Input, Label, TextField as AriaTextField } from 'react-aria-components'
import type { CreatedSharePassword } from '@/api/schemas/sharing'
import { useCreateSharePassword } from '@/api/sharing'
import { Button } from '@/components/button'
import { CopyButton } from '@/components/copy-button'
import { Dialog } from '@/components/dialog'
import { RadioGroup } from '@/components/radio-group'
import { TextField } from '@/components/text-field'
import {
  passwordStrength,
  SHARE_PASSWORD_MIN_LENGTH,
  SHARE_PASSWORD_NOTE_MAX_LENGTH,
  type PasswordStrength,
} from './password-strength'
import { sharedInsightUrl } from './share-urls'
import { describeSharingRefusal, isWriteForbidden } from './sharing-write-errors'

interface AddSharePasswordDialogProps {
  projectId: string
  insightId: number
  accessToken: string
  onWriteError: (error: unknown) => void
  onClose: () => void
}

type PasswordSource = 'generate' | 'own'

const sourceOptions = [
  { value: 'generate', label: 'Generate a strong password', description: '16 random characters, made by the server.' },
  { value: 'own', label: 'Type my own', description: `At least ${SHARE_PASSWORD_MIN_LENGTH} characters.` },
] as const

/**
 * Adds a password to a protected share, then shows it exactly once. The raw password lives only in this component's
 * state: the mutation is reset as soon as it answers (so the mutation cache lets go of it), nothing writes it to the
 * query cache, storage, the URL or the console, and the parent unmounts this dialog on close, which discards it.
 */
export function AddSharePasswordDialog({
  projectId,
  insightId,
  accessToken,
  onWriteError,
  onClose,
}: AddSharePasswordDialogProps) {
  const [created, setCreated] = useState<CreatedSharePassword | null>(null)

  return (
    <Dialog
      title={created ? 'Password created' : 'Add a password'}
      isOpen
      // Once the password is on screen, a stray click outside must not throw it away; Esc and the buttons still close.
      isDismissable={created === null}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
    >
      {(close) =>
        created ? (
          <CreatedPasswordView created={created} accessToken={accessToken} onDone={close} />
        ) : (
          <AddPasswordForm
            projectId={projectId}
            insightId={insightId}
            onCreated={setCreated}
            onForbidden={(error) => {
              close()
              onWriteError(error)
            }}
            onCancel={close}
          />
        )
      }
    </Dialog>
  )
}

interface AddPasswordFormProps {
  projectId: string
  insightId: number
  onCreated: (created: CreatedSharePassword) => void
  onForbidden: (error: unknown) => void
  onCancel: () => void
}

const strengthStyles: Record<PasswordStrength, { bar: string; width: string }> = {
  'too-short': { bar: 'bg-red-500', width: 'w-1/4' },
  weak: { bar: 'bg-orange-500', width: 'w-2/4' },
  fair: { bar: 'bg-yellow-500', width: 'w-3/4' },
  strong: { bar: 'bg-green-600', width: 'w-full' },
}

function AddPasswordForm({ projectId, insightId, onCreated, onForbidden, onCancel }: AddPasswordFormProps) {
  const create = useCreateSharePassword(projectId)
  const [note, setNote] = useState('')
  const [source, setSource] = useState<PasswordSource>('generate')
  const [ownPassword, setOwnPassword] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const strength = passwordStrength(ownPassword)
  const noteError =
    note.length > SHARE_PASSWORD_NOTE_MAX_LENGTH
      ? `Keep the note to ${SHARE_PASSWORD_NOTE_MAX_LENGTH} characters or fewer.`
      : undefined
  const passwordError =
    source === 'own' && attempted && ownPassword.length < SHARE_PASSWORD_MIN_LENGTH
      ? `Use at least ${SHARE_PASSWORD_MIN_LENGTH} characters.`
      : undefined

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAttempted(true)
    setRefusal(null)
    if (noteError || (source === 'own' && ownPassword.length < SHARE_PASSWORD_MIN_LENGTH)) return
    const trimmedNote = note.trim()
    create.mutate(
      {
        insightId,
        body: {
          ...(trimmedNote ? { note: trimmedNote } : {}),
          ...(source === 'own' ? { raw_password: ownPassword } : {}),
        },
      },
      {
        onSuccess: (result) => {
          // Detaches this component from the finished mutation; with `gcTime: 0` the cache then drops it at once.
          create.reset()
          setOwnPassword('')
          onCreated(result)
        },
        onError: (error) => {
          create.reset()
          if (isWriteForbidden(error)) onForbidden(error)
          else setRefusal(describeSharingRefusal(error))
        },
      },
    )
  }

  return (
    <Form onSubmit={submit} className="space-y-4">
      <TextField
        label="Note (optional)"
        description="Who or what this password is for, e.g. “Board meeting”. Shown in the list; the password never is."
        value={note}
        onChange={setNote}
        {...(noteError ? { errorMessage: noteError } : {})}
      />
      <RadioGroup label="Password" value={source} options={sourceOptions} onChange={setSource} />
      {source === 'own' && (
        <div className="space-y-1.5">
          <TextField
            label="Your password"
            type="password"
            autoComplete="new-password"
            value={ownPassword}
            onChange={setOwnPassword}
            description={ownPassword ? strength.message : `At least ${SHARE_PASSWORD_MIN_LENGTH} characters.`}
            {...(passwordError ? { errorMessage: passwordError } : {})}
          />
          {ownPassword && (
            <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
              <div
                className={`h-full rounded-full ${strengthStyles[strength.strength].bar} ${strengthStyles[strength.strength].width}`}
              />
            </div>
          )}
        </div>
      )}
      {refusal && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
          {refusal}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button onPress={onCancel} isDisabled={create.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" isDisabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create password'}
        </Button>
      </div>
    </Form>
  )
}

interface CreatedPasswordViewProps {
  created: CreatedSharePassword
  accessToken: string
  onDone: () => void
}

function CreatedPasswordView({ created, accessToken, onDone }: CreatedPasswordViewProps) {
  return (
    <div className="space-y-4">
      <div
        role="alert"
        className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
      >
        <AlertTriangle aria-hidden className="mt-0.5 size-5 shrink-0" />
        <p>
          <strong>Copy this password now.</strong> It is shown only this once: after you close this window nobody can see it
          again. If it is lost, delete it and add a new one.
        </p>
      </div>
      <AriaTextField value={created.password} isReadOnly className="flex flex-col gap-1">
        <Label className="text-sm font-medium">New password{created.note ? ` (${created.note})` : ''}</Label>
        <div className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
          <Input
            autoComplete="off"
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-base tracking-wide outline-none focus:border-blue-500 dark:border-slate-700 dark:bg-slate-900"
          />
          {/* Focus starts on Copy: copying is the one thing left to do with the password. */}
          <CopyButton text={created.password} label="Copy password" variant="primary" className="shrink-0" autoFocus />
        </div>
      </AriaTextField>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Send it to your viewers separately from the link.{' '}
        <a
          href={sharedInsightUrl(window.location.origin, accessToken)}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex items-center gap-1 font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
        >
          Test it in the viewer preview
          <ExternalLink aria-hidden className="size-3.5" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      </p>
      <div className="flex justify-end">
        <Button variant="primary" onPress={onDone}>
          Done
        </Button>
      </div>
    </div>
  )
}
