import { useId, useState } from 'react'
import type { ActivityChange } from '@/api/schemas/activity'
import { diffJson, diffList, type JsonChange } from './json-diff'
import { describeQueryChange } from './query-change-summary'
import { diffText } from './text-diff'

/*
 * The before/after of an activity entry's changes, one block per field: a word diff for text, added/removed chips
 * for lists, and a path-by-path diff for structured values such as the query. Shared by the insight's Activity tab
 * and the project-wide activity page. Every value from the API is rendered as text, never as HTML.
 */

const TEXT_FIELDS = new Set(['name', 'derived_name', 'description'])
const LIST_FIELDS = new Set(['tags', 'dashboards'])

const fieldLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  derived_name: 'Derived name',
  description: 'Description',
  query: 'Query',
  tags: 'Tags',
  dashboards: 'Dashboards',
  favorited: 'Favorite',
  saved: 'Saved',
  deleted: 'Deleted',
  order: 'Order',
}

export function fieldLabel(field: string | null | undefined): string {
  if (!field) return 'Change'
  const known = fieldLabels[field]
  if (known) return known
  const words = field.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)'
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'on' : 'off'
  return JSON.stringify(value)
}

/**
 * Old text over new text, each whole so it reads naturally (and to screen readers), with the words that went away
 * and the words that came in highlighted.
 */
function TextDiff({ before, after }: { before: unknown; after: unknown }) {
  const segments = diffText(typeof before === 'string' ? before : '', typeof after === 'string' ? after : '')
  const line = (side: 'before' | 'after') => {
    const shown = segments.filter(
      (segment) => segment.kind === 'same' || segment.kind === (side === 'before' ? 'removed' : 'added'),
    )
    if (shown.length === 0) return <span className="text-slate-500 italic dark:text-slate-400">(empty)</span>
    return shown.map((segment, index) =>
      segment.kind === 'same' ? (
        <span key={index}>{segment.text}</span>
      ) : side === 'before' ? (
        <del key={index} className="rounded bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">
          {segment.text}
        </del>
      ) : (
        <ins key={index} className="rounded bg-green-100 text-green-900 no-underline dark:bg-green-950 dark:text-green-200">
          {segment.text}
        </ins>
      ),
    )
  }
  return (
    <div className="space-y-0.5 break-words whitespace-pre-wrap [overflow-wrap:anywhere]">
      <p data-diff-side="before">
        <span className="mr-1.5 text-xs font-medium text-slate-500 dark:text-slate-400">Before:</span>
        {line('before')}
      </p>
      <p data-diff-side="after">
        <span className="mr-1.5 text-xs font-medium text-slate-500 dark:text-slate-400">After:</span>
        {line('after')}
      </p>
    </div>
  )
}

function Chip({ text, kind }: { text: string; kind: 'added' | 'removed' }) {
  const styles =
    kind === 'added'
      ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
      : 'bg-red-100 text-red-900 line-through dark:bg-red-950 dark:text-red-200'
  return (
    <li className={`rounded-full px-2 py-0.5 text-xs font-medium break-all ${styles}`}>
      <span className="sr-only">{kind}: </span>
      {kind === 'added' ? '+ ' : '− '}
      {text}
    </li>
  )
}

function ListDiff({ before, after }: { before: unknown; after: unknown }) {
  const { added, removed } = diffList(before, after)
  if (added.length === 0 && removed.length === 0) return <span className="text-slate-500">Reordered</span>
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Added and removed">
      {added.map((item) => (
        <Chip key={`+${item}`} text={item} kind="added" />
      ))}
      {removed.map((item) => (
        <Chip key={`-${item}`} text={item} kind="removed" />
      ))}
    </ul>
  )
}

function JsonValue({ value }: { value: unknown }) {
  return <code className="rounded bg-slate-100 px-1 break-all dark:bg-slate-800">{valueText(value)}</code>
}

function JsonChangeLine({ change }: { change: JsonChange }) {
  return (
    <li className="font-mono text-xs break-words">
      <span className="font-semibold">{change.path || '(whole value)'}</span>
      {': '}
      {change.kind === 'added' && (
        <>
          <span className="text-green-800 dark:text-green-300">added </span>
          <JsonValue value={change.after} />
        </>
      )}
      {change.kind === 'removed' && (
        <>
          <span className="text-red-800 dark:text-red-300">removed </span>
          <JsonValue value={change.before} />
        </>
      )}
      {change.kind === 'changed' && (
        <>
          <JsonValue value={change.before} /> <span aria-hidden>→</span>
          <span className="sr-only">changed to</span> <JsonValue value={change.after} />
        </>
      )}
    </li>
  )
}

function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffJson(before, after)
  if (changes.length === 0) return <span className="text-slate-500">No visible difference</span>
  return (
    <ul className="space-y-0.5">
      {changes.map((change, index) => (
        <JsonChangeLine key={`${change.path}-${index}`} change={change} />
      ))}
    </ul>
  )
}

/** A query change said in words, with the path-by-path diff behind one button for whoever needs the exact values. */
function QueryDiff({ before, after }: { before: unknown; after: unknown }) {
  const [showRaw, setShowRaw] = useState(false)
  const rawId = useId()
  const sentences = describeQueryChange(before, after)
  return (
    <div className="space-y-1">
      {sentences.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5 break-words">
          {sentences.map((sentence, index) => (
            <li key={index}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <span className="text-slate-500">No visible difference</span>
      )}
      <button
        type="button"
        aria-expanded={showRaw}
        aria-controls={rawId}
        onClick={() => setShowRaw((shown) => !shown)}
        className="rounded text-xs font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300"
      >
        {showRaw ? 'Hide raw diff' : 'Show raw diff'}
      </button>
      <div id={rawId} hidden={!showRaw}>
        {showRaw && <JsonDiff before={before} after={after} />}
      </div>
    </div>
  )
}

function ValueDiff({ before, after }: { before: unknown; after: unknown }) {
  return (
    <p className="text-sm break-words">
      <span className="sr-only">from </span>
      <span className="text-slate-600 dark:text-slate-400">{valueText(before)}</span> <span aria-hidden>→</span>
      <span className="sr-only"> to </span> <span className="font-medium">{valueText(after)}</span>
    </p>
  )
}

function ChangeBody({ change }: { change: ActivityChange }) {
  const field = change.field ?? ''
  if (TEXT_FIELDS.has(field)) return <TextDiff before={change.before} after={change.after} />
  if (LIST_FIELDS.has(field)) return <ListDiff before={change.before} after={change.after} />
  if (field === 'query') return <QueryDiff before={change.before} after={change.after} />
  const structured = (value: unknown) => typeof value === 'object' && value !== null
  if (structured(change.before) || structured(change.after)) return <JsonDiff before={change.before} after={change.after} />
  return <ValueDiff before={change.before} after={change.after} />
}

/** Every change of one activity entry, as a definition list: the field, then what happened to it. */
export function ActivityChanges({ changes }: { changes: readonly ActivityChange[] }) {
  if (changes.length === 0) return null
  return (
    <dl className="space-y-2 text-sm">
      {changes.map((change, index) => (
        <div key={`${change.field ?? 'change'}-${index}`} className="min-w-0">
          <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            {fieldLabel(change.field)}
          </dt>
          <dd className="mt-0.5 min-w-0">
            <ChangeBody change={change} />
          </dd>
        </div>
      ))}
    </dl>
  )
}
