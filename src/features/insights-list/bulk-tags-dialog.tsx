import { useState } from 'react'
import { describeError } from '@/api/error-message'
import { tagify, useBulkUpdateInsightTags } from '@/api/insights'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { notify } from '@/components/notify'
import { RadioGroup } from '@/components/radio-group'
import { TextField } from '@/components/text-field'
import { useNoteWriteFailure } from './write-access-store'

type TagAction = 'add' | 'remove' | 'set'

const actions = [
  { value: 'add', label: 'Add tags', description: 'Keep their tags and add these.' },
  { value: 'remove', label: 'Remove tags', description: 'Take these tags off.' },
  { value: 'set', label: 'Replace tags', description: 'Their tags become exactly these (empty clears all).' },
] as const

/** PostHog takes at most 500 ids per `bulk_update_tags` call. */
const BATCH = 500

interface BulkTagsDialogProps {
  projectId: string
  ids: readonly number[]
  isOpen: boolean
  onOpenChange: (open: boolean) => void
}

/** Add, remove or replace tags on the selected insights with one request per 500 of them. */
export default function BulkTagsDialog({ projectId, ids, isOpen, onOpenChange }: BulkTagsDialogProps) {
  const [action, setAction] = useState<TagAction>('add')
  const [text, setText] = useState('')
  const bulk = useBulkUpdateInsightTags(projectId)
  const noteFailure = useNoteWriteFailure()
  const tags = tagify(text.split(','))
  const missingTags = action !== 'set' && tags.length === 0

  const submit = async (close: () => void) => {
    try {
      let updated = 0
      let skipped = 0
      for (let start = 0; start < ids.length; start += BATCH) {
        const answer = await bulk.mutateAsync({ ids: ids.slice(start, start + BATCH), action, tags })
        updated += answer.updated.length
        skipped += answer.skipped.length
      }
      notify('success', `Updated tags on ${updated} insight${updated === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped)` : ''}`)
      close()
    } catch (error) {
      noteFailure(error)
      notify('error', `Could not update tags: ${describeError(error).message}`)
    }
  }

  return (
    <Dialog
      title={`Edit tags of ${ids.length} insight${ids.length === 1 ? '' : 's'}`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
    >
      {(close) => (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            if (!missingTags) void submit(close)
          }}
        >
          <RadioGroup label="Change" value={action} options={actions} onChange={setAction} />
          <TextField
            label="Tags"
            description="Separate tags with commas. Tags are stored in lowercase."
            value={text}
            onChange={setText}
            autoFocus
            errorMessage={missingTags && text.trim() ? 'Enter at least one tag.' : undefined}
          />
          <div className="flex justify-end gap-2">
            <Button onPress={close}>Cancel</Button>
            <Button type="submit" variant="primary" isDisabled={missingTags || bulk.isPending}>
              {bulk.isPending ? 'Saving…' : 'Apply'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
