import { Lock, Star } from 'lucide-react'
import { useState } from 'react'
import { ToggleButton } from 'react-aria-components'
import { describeError } from '@/api/error-message'
import { useEditInsightTags, useUpdateInsight } from '@/api/insights'
import { insightDisplayName, type GeneratedMetadata, type Insight, type InsightUpdate } from '@/api/schemas/insight'
import { insightKind } from '@/api/schemas/query'
import { notify } from '@/components/notify'
import { noteWriteFailure } from '@/api/write-access'
import { useEditPermission } from './edit-permission'
import { kindLabels, userName } from './format'
import { InlineEdit } from './inline-edit'
import { InsightActionsMenu } from './insight-actions-menu'
import { InsightTags } from './insight-tags'
import { MetadataSuggestion } from './metadata-suggestion'
import { RefreshControl } from './refresh-control'
import { RelativeTime } from './relative-time'

/** Name, description, favorite, tags, type, who and when, refresh and the actions menu. */
export function InsightHeader({ projectId, insight }: { projectId: string; insight: Insight }) {
  const update = useUpdateInsight(projectId)
  const editTags = useEditInsightTags(projectId)
  const permission = useEditPermission(insight)
  const [suggestion, setSuggestion] = useState<GeneratedMetadata | null>(null)
  const name = insightDisplayName(insight)
  const kind = insightKind(insight.query, insight.filters)

  const save = async (patch: InsightUpdate) => {
    try {
      return await update.mutateAsync({ id: insight.id, patch })
    } catch (error) {
      noteWriteFailure('insight', error)
      throw error
    }
  }

  return (
    <header className="mb-4 space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-80">
          <InlineEdit
            label="Name"
            field="name"
            value={insight.name ?? ''}
            isDisabled={!permission.canEdit}
            disabledReason={permission.reason}
            onSave={(value) => save({ name: value.trim() ? value : null })}
            display={
              <h1 className="text-2xl font-semibold break-words [overflow-wrap:anywhere]">
                <span dir="auto">{name}</span>
                {!insight.name?.trim() && insight.derived_name && (
                  <span className="ml-2 align-middle text-xs font-normal text-slate-500 dark:text-slate-400">
                    (derived from the query)
                  </span>
                )}
              </h1>
            }
          />
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <ToggleButton
            aria-label="Favorite"
            isSelected={insight.favorited}
            isDisabled={!permission.canEdit}
            onChange={(favorited) => {
              save({ favorited }).catch((error: unknown) =>
                notify('error', `Could not change the favorite: ${describeError(error).message}`),
              )
            }}
            className="rounded-md p-2 text-slate-500 outline-none hover:bg-slate-100 disabled:opacity-50 data-selected:text-amber-500 dark:text-slate-400 dark:hover:bg-slate-800 dark:data-selected:text-amber-400"
          >
            {({ isSelected }) => <Star aria-hidden className="size-5" fill={isSelected ? 'currentColor' : 'none'} />}
          </ToggleButton>
          <RefreshControl projectId={projectId} insightId={insight.id} />
          <InsightActionsMenu
            projectId={projectId}
            insight={insight}
            displayName={name}
            canEdit={permission.canEdit}
            onSuggestion={setSuggestion}
          />
        </div>
      </div>

      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <span className="rounded bg-blue-50 px-2 py-0.5 text-xs font-semibold text-blue-800 dark:bg-blue-950 dark:text-blue-200">
          {kindLabels[kind]}
        </span>
        <span>
          Created by {userName(insight.created_by)} {insight.created_at && <RelativeTime iso={insight.created_at} />}
        </span>
        <span>
          Last modified by {userName(insight.last_modified_by ?? insight.created_by)}{' '}
          {insight.last_modified_at && <RelativeTime iso={insight.last_modified_at} />}
        </span>
        <span role="status">
          {insight.last_refresh ? (
            <>
              Refreshed <RelativeTime iso={insight.last_refresh} />
            </>
          ) : (
            'Never refreshed'
          )}
          {insight.is_cached && (
            <span
              title="This result was served from PostHog's cache; refresh to recalculate it."
              className="ml-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800"
            >
              cached
              <span className="sr-only"> result, served from the cache; refresh to recalculate it</span>
            </span>
          )}
        </span>
      </p>

      <InlineEdit
        label="Description"
        field="description"
        multiline
        value={insight.description ?? ''}
        isDisabled={!permission.canEdit}
        disabledReason={permission.reason}
        onSave={(value) => save({ description: value })}
        display={
          insight.description?.trim() ? (
            <p
              dir="auto"
              className="text-sm break-words whitespace-pre-line text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300"
            >
              {insight.description}
            </p>
          ) : (
            <p className="text-sm text-slate-500 italic dark:text-slate-400">No description</p>
          )
        }
      />

      <InsightTags
        projectId={projectId}
        insightName={name}
        tags={insight.tags}
        isDisabled={!permission.canEdit}
        disabledReason={permission.reason}
        onSave={async (before, after) => {
          try {
            await editTags(insight.id, before, after)
          } catch (error) {
            noteWriteFailure('insight', error)
            throw error
          }
        }}
      />

      {!permission.canEdit && permission.reason && (
        <p className="flex items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          <Lock aria-hidden className="size-4 shrink-0" />
          <span>Editing is off. {permission.reason}</span>
        </p>
      )}

      {suggestion && (
        <MetadataSuggestion
          suggestion={suggestion}
          onDismiss={() => setSuggestion(null)}
          onAccept={async (accepted) => {
            await save({ name: accepted.name, description: accepted.description })
            setSuggestion(null)
            notify('success', 'Name and description updated')
          }}
        />
      )}
    </header>
  )
}
