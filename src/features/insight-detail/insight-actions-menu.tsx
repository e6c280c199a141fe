import { MutationObserver, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouter } from '@tanstack/react-router'
import { Copy, Download, Link2, MoreHorizontal, Sparkles, Trash2 } from 'lucide-react'
import type { Key } from 'react-aria-components'
import { describeError } from '@/api/error-message'
import { fetchInsightCsv } from '@/api/insight-detail-extras'
import {
  insightMutations,
  restoreInsightPatch,
  useCreateInsight,
  useGenerateInsightMetadata,
  useUpdateInsight,
} from '@/api/insights'
import { INSIGHT_TEXT_MAX_LENGTH, type GeneratedMetadata, type Insight } from '@/api/schemas/insight'
import { MenuButton, MenuItem } from '@/components/menu'
import { notify } from '@/components/notify'
import { noteWriteFailure } from '@/api/write-access'

const COPY_SUFFIX = ' (copy)'

/** PostHog's name for a duplicate, cut so the copy still fits the 400-character limit. */
function copyName(name: string): string {
  return `${name.slice(0, INSIGHT_TEXT_MAX_LENGTH - COPY_SUFFIX.length)}${COPY_SUFFIX}`
}

function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download has started by now; revoking later keeps the blob alive for browsers that read it asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

interface InsightActionsMenuProps {
  projectId: string
  insight: Insight
  displayName: string
  canEdit: boolean
  onSuggestion: (suggestion: GeneratedMetadata) => void
}

type ActionKey = 'duplicate' | 'copy-link' | 'csv' | 'suggest' | 'delete'

/** Duplicate, copy link, CSV, suggested name and description, and delete (with Undo). */
export function InsightActionsMenu({ projectId, insight, displayName, canEdit, onSuggestion }: InsightActionsMenuProps) {
  const router = useRouter()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const create = useCreateInsight(projectId)
  const update = useUpdateInsight(projectId)
  const generate = useGenerateInsightMetadata(projectId)

  const failed = (what: string) => (error: unknown) => {
    noteWriteFailure('insight', error)
    notify('error', `${what}: ${describeError(error).message}`)
  }

  const duplicate = () =>
    create.mutate(
      {
        name: copyName(displayName),
        description: insight.description,
        query: insight.query,
        tags: insight.tags,
        saved: true,
      },
      {
        onSuccess: (copy) => {
          notify('success', `Created “${copy.name ?? copyName(displayName)}”`)
          void navigate({ to: '/project/$projectId/insights/$shortId', params: { projectId, shortId: copy.short_id } })
        },
        onError: failed('Could not duplicate'),
      },
    )

  const copyLink = async () => {
    const { href } = router.buildLocation({
      to: '/project/$projectId/insights/$shortId',
      params: { projectId, shortId: insight.short_id },
    })
    const link = new URL(href, window.location.origin).toString()
    try {
      await navigator.clipboard.writeText(link)
      notify('success', 'Link copied')
    } catch {
      notify('error', `Could not copy the link; copy it yourself: ${link}`)
    }
  }

  const downloadCsv = async () => {
    try {
      downloadText(await fetchInsightCsv(projectId, insight.id), `insight-${insight.short_id}.csv`)
    } catch (error) {
      notify('error', `Could not download the CSV: ${describeError(error).message}`)
    }
  }

  const suggest = () => {
    if (!insight.query) return
    generate.mutate(insight.query, { onSuccess: onSuggestion, onError: failed('Could not suggest a name') })
  }

  // Undo runs from the toast after this page is gone, so it uses an observer of its own instead of this hook.
  const restore = () => {
    const observer = new MutationObserver(queryClient, insightMutations.update(projectId))
    observer.mutate({ id: insight.id, patch: restoreInsightPatch(insight.dashboards) }).then(
      () => notify('success', `Restored “${displayName}”`),
      (error: unknown) => notify('error', `Could not restore: ${describeError(error).message}`),
    )
  }

  const remove = () =>
    update.mutate(
      { id: insight.id, patch: { deleted: true } },
      {
        onSuccess: () => {
          void navigate({ to: '/project/$projectId/insights', params: { projectId } })
          notify('success', `Deleted “${displayName}”`, { action: { label: 'Undo', onClick: restore }, duration: 10_000 })
        },
        onError: failed('Could not delete'),
      },
    )

  const actions = new Map<Key, () => void>([
    ['duplicate', duplicate],
    ['copy-link', () => void copyLink()],
    ['csv', () => void downloadCsv()],
    ['suggest', suggest],
    ['delete', remove],
  ])
  const disabledKeys: ActionKey[] = canEdit ? [] : ['duplicate', 'suggest', 'delete']
  if (!insight.query) disabledKeys.push('suggest')
  const busy = create.isPending || update.isPending || generate.isPending

  return (
    <MenuButton
      label={
        <>
          <MoreHorizontal aria-hidden className="size-4" />
          {busy ? 'Working…' : 'Actions'}
        </>
      }
      buttonProps={{ isPending: busy }}
      disabledKeys={disabledKeys}
      onAction={(key) => actions.get(key)?.()}
    >
      <MenuItem id="duplicate" textValue="Duplicate">
        <Copy aria-hidden className="size-4" /> Duplicate
      </MenuItem>
      <MenuItem id="copy-link" textValue="Copy link">
        <Link2 aria-hidden className="size-4" /> Copy link
      </MenuItem>
      <MenuItem id="csv" textValue="Download CSV">
        <Download aria-hidden className="size-4" /> Download CSV
      </MenuItem>
      <MenuItem id="suggest" textValue="Suggest name and description">
        <Sparkles aria-hidden className="size-4" /> Suggest name and description
      </MenuItem>
      <MenuItem id="delete" textValue="Delete">
        <Trash2 aria-hidden className="size-4 text-red-600" /> Delete
      </MenuItem>
    </MenuButton>
  )
}
