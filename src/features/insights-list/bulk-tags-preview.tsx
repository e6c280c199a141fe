import { TagChip } from '@/components/tag-chip'
import type { BulkTagAction, BulkTagPreview } from '@/lib/bulk-tag-plan'

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`
const have = (count: number) => (count === 1 ? 'has' : 'have')
const doNot = (count: number) => (count === 1 ? "doesn't" : "don't")

interface BulkTagsPreviewProps {
  action: BulkTagAction
  tags: readonly string[]
  preview: BulkTagPreview
  total: number
}

/** What Apply will do, in sentences, before it is pressed: "12 insights will get q4; 3 already have it." */
export function BulkTagsPreview({ action, tags, preview, total }: BulkTagsPreviewProps) {
  if (action !== 'set' && tags.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">Choose at least one tag.</p>
  }
  if (action === 'set' && tags.length === 0) {
    return preview.changing === 0 ? (
      <p>None of the {insights(total)} has tags: nothing to clear.</p>
    ) : (
      <p>
        Every tag will be removed from {insights(preview.changing)}
        {preview.unchanged > 0 && <>; {preview.unchanged} already have none</>}.
      </p>
    )
  }
  return (
    <ul className="flex flex-col gap-1">
      {action === 'set' && (
        <li className="font-medium">
          {preview.changing === 0
            ? `All ${insights(total)} already have exactly these tags.`
            : `${insights(preview.changing)} will change${
                preview.unchanged ? `; ${preview.unchanged} already ${have(preview.unchanged)} exactly these tags` : ''
              }.`}
        </li>
      )}
      {preview.lines.map(({ tag, changing, unchanged }) => (
        <li key={tag}>
          {action === 'remove' ? (
            changing === 0 ? (
              <>
                None of the {insights(total)} has <TagChip tag={tag} />.
              </>
            ) : (
              <>
                {insights(changing)} will lose <TagChip tag={tag} />
                {unchanged > 0 && (
                  <>
                    ; {unchanged} {doNot(unchanged)} have it
                  </>
                )}
                .
              </>
            )
          ) : changing === 0 ? (
            <>
              {total === 1 ? 'It already has' : `All ${total} already have`} <TagChip tag={tag} />.
            </>
          ) : (
            <>
              {insights(changing)} will get <TagChip tag={tag} />
              {unchanged > 0 && (
                <>
                  ; {unchanged} already {have(unchanged)} it
                </>
              )}
              .
            </>
          )}
        </li>
      ))}
      {preview.dropped.map(({ tag, changing }) => (
        <li key={tag}>
          {insights(changing)} will lose <TagChip tag={tag} />.
        </li>
      ))}
    </ul>
  )
}
