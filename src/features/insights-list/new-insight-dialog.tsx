import { useNavigate } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { describeError } from '@/api/error-message'
import { tagify, useCreateInsight } from '@/api/insights'
import { INSIGHT_TEXT_MAX_LENGTH } from '@/api/schemas/insight'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { notify } from '@/components/notify'
import { TextField } from '@/components/text-field'
import { insightTypeLabels } from '@/components/insight-type-badge'
import { creatableKinds, starterQuery, type CreatableKind } from './new-insight-query'
import { useNoteWriteFailure } from '@/api/write-access'

interface NewInsightDialogProps {
  projectId: string
  isOpen: boolean
  onOpenChange: (open: boolean) => void
}

/** Creates an insight from a name, type, description and tags, then opens its detail page. */
export default function NewInsightDialog({ projectId, isOpen, onOpenChange }: NewInsightDialogProps) {
  const id = useId()
  const navigate = useNavigate()
  const create = useCreateInsight(projectId)
  const noteFailure = useNoteWriteFailure('insight')
  const [name, setName] = useState('')
  const [kind, setKind] = useState<CreatableKind>('TRENDS')
  const [description, setDescription] = useState('')
  const [tags, setTags] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = async () => {
    setError(null)
    try {
      const insight = await create.mutateAsync({
        name: name.trim() || null,
        description: description.trim() || null,
        tags: tagify(tags.split(',')),
        query: starterQuery(kind),
        saved: true,
      })
      notify('success', `Created “${insight.name ?? insight.derived_name ?? insight.short_id}”`)
      onOpenChange(false)
      await navigate({ to: '/project/$projectId/insights/$shortId', params: { projectId, shortId: insight.short_id } })
    } catch (cause) {
      noteFailure(cause)
      setError(describeError(cause).message)
    }
  }

  return (
    <Dialog title="New insight" isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <TextField
            label="Name"
            description="Leave empty to use a name derived from the query."
            value={name}
            onChange={setName}
            maxLength={INSIGHT_TEXT_MAX_LENGTH}
            autoFocus
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-type`} className="text-sm font-medium">
              Type
            </label>
            <select
              id={`${id}-type`}
              value={kind}
              onChange={(event) => setKind(creatableKinds.find((option) => option === event.target.value) ?? 'TRENDS')}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
            >
              {creatableKinds.map((option) => (
                <option key={option} value={option}>
                  {insightTypeLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-description`} className="text-sm font-medium">
              Description
            </label>
            <textarea
              id={`${id}-description`}
              value={description}
              maxLength={INSIGHT_TEXT_MAX_LENGTH}
              rows={3}
              onChange={(event) => setDescription(event.target.value)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-blue-500 dark:border-slate-700 dark:bg-slate-900"
            />
          </div>
          <TextField label="Tags" description="Separate tags with commas." value={tags} onChange={setTags} />
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button onPress={close}>Cancel</Button>
            <Button type="submit" variant="primary" isDisabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create insight'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
