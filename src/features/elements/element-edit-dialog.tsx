import { useState, type FormEvent } from 'react'
import { Form } from 'react-aria-components'
import { useUpdateElement } from '@/api/elements'
import { describeError } from '@/api/error-message'
import { ApiError } from '@/api/http'
import type { Element } from '@/api/schemas/element'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { notify } from '@/components/notify'
import { TextField } from '@/components/text-field'
import { draftOf, elementPatch, type ElementDraftField } from './element-draft'
import { elementLabel } from './element-filters'
import { useNoteWriteFailure } from '@/api/write-access'

interface ElementEditDialogProps {
  projectId: string
  element: Element | null
  onClose: () => void
}

/** Edits one element (PATCH). A field the server refuses shows the server's reason under that field. */
export function ElementEditDialog({ projectId, element, onClose }: ElementEditDialogProps) {
  return (
    <Dialog
      title={element ? `Edit ${elementLabel(element)}` : 'Edit element'}
      isOpen={element !== null}
      onOpenChange={(open) => !open && onClose()}
      size="lg"
    >
      {element && <ElementEditForm key={element.id} projectId={projectId} element={element} onClose={onClose} />}
    </Dialog>
  )
}

const fieldLabels: Record<ElementDraftField, string> = {
  tag_name: 'Tag name',
  text: 'Text',
  href: 'Link (href)',
  attr_class: 'Classes',
  attr_id: 'ID attribute',
  nth_child: 'nth-child',
  nth_of_type: 'nth-of-type',
}

/** The form field a 400's `attr` names, if the form has it (`attributes__x` and the like it does not). */
function fieldOf(attr: string | null | undefined): ElementDraftField | null {
  return attr && Object.hasOwn(fieldLabels, attr) ? (attr as ElementDraftField) : null
}

function ElementEditForm({ projectId, element, onClose }: { projectId: string; element: Element; onClose: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(element))
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ElementDraftField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const update = useUpdateElement(projectId)
  const noteWriteFailure = useNoteWriteFailure('element')

  const change = (field: ElementDraftField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }))
    setFieldErrors(({ [field]: _fixed, ...rest }) => rest)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const { patch, errors } = elementPatch(element, draft)
    setFormError(null)
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0) return
    if (Object.keys(patch).length === 0) {
      onClose()
      return
    }
    update.mutate(
      { id: element.id, patch },
      {
        onSuccess: (saved) => {
          notify('success', `Saved ${elementLabel(saved)}`)
          onClose()
        },
        onError: (error) => {
          noteWriteFailure(error)
          const field = error instanceof ApiError && error.status === 400 ? fieldOf(error.attr) : null
          if (field && error instanceof ApiError) setFieldErrors({ [field]: error.detail })
          else {
            const { title, message } = describeError(error)
            setFormError(`${title}: ${message}`)
          }
        },
      },
    )
  }

  const field = (name: ElementDraftField, extra: { description?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      label={fieldLabels[name]}
      value={draft[name]}
      onChange={change(name)}
      isDisabled={update.isPending}
      {...(fieldErrors[name] ? { errorMessage: fieldErrors[name] } : {})}
      {...(extra.description ? { description: extra.description } : {})}
      {...(extra.inputMode ? { inputMode: extra.inputMode } : {})}
    />
  )

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {field('tag_name')}
        {field('attr_id')}
        <div className="sm:col-span-2">{field('text')}</div>
        <div className="sm:col-span-2">{field('href')}</div>
        <div className="sm:col-span-2">{field('attr_class', { description: 'Separated by spaces, e.g. btn btn-primary' })}</div>
        {field('nth_child', { inputMode: 'numeric' })}
        {field('nth_of_type', { inputMode: 'numeric' })}
      </div>
      {formError && (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm break-words text-red-800 dark:bg-red-950/40 dark:text-red-300"
        >
          {formError}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button onPress={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </Form>
  )
}
