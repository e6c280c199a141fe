import { useState } from 'react'
import { useDeleteElement } from '@/api/elements'
import { describeError } from '@/api/error-message'
import type { Element } from '@/api/schemas/element'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { notify } from '@/components/notify'
import { elementLabel } from './element-filters'
import { useNoteWriteFailure } from '@/api/write-access'

interface ElementDeleteDialogProps {
  projectId: string
  element: Element | null
  onClose: () => void
}

/** Asks before deleting, naming the element: unlike an insight, a deleted element cannot be restored. */
export function ElementDeleteDialog({ projectId, element, onClose }: ElementDeleteDialogProps) {
  const remove = useDeleteElement(projectId)
  const noteWriteFailure = useNoteWriteFailure('element')
  const [error, setError] = useState<string | null>(null)
  const label = element ? elementLabel(element) : ''

  const close = () => {
    setError(null)
    remove.reset()
    onClose()
  }

  const confirm = () => {
    if (!element) return
    setError(null)
    remove.mutate(element.id, {
      onSuccess: () => {
        notify('success', `Deleted ${label}`)
        close()
      },
      onError: (failure) => {
        noteWriteFailure(failure)
        const { title, message } = describeError(failure)
        setError(`${title}: ${message}`)
      },
    })
  }

  return (
    <Dialog
      title="Delete element?"
      role="alertdialog"
      size="sm"
      isOpen={element !== null}
      onOpenChange={(open) => !open && close()}
    >
      <p className="text-sm break-words">
        <code className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">{label}</code> will be deleted for good.
        This cannot be undone.
      </p>
      {error && (
        <p
          role="alert"
          className="mt-3 rounded-md bg-red-50 p-3 text-sm break-words text-red-800 dark:bg-red-950/40 dark:text-red-300"
        >
          {error}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <Button onPress={close} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onPress={confirm} isPending={remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </Button>
      </div>
    </Dialog>
  )
}
