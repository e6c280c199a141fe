import { mutationOptions, useIsMutating, useMutation } from '@tanstack/react-query'
import { apiJson, apiText } from './http'
import { insightKeys } from './insights'
import { insightSegment, projectScoped } from './project-scope'
import { insightSchema, type Insight } from './schemas/insight'

/*
 * What the insight detail page needs beyond `insights.ts`: a refresh in one of PostHog's `refresh` modes and the
 * single-insight CSV export. Kept apart so the shared client module stays untouched while other pages build on it.
 */

/** PostHog's `refresh` query parameter of `GET insights/:id/`; `force_cache` answers the cached result as it is. */
export const insightRefreshModes = ['blocking', 'force_blocking', 'async', 'force_async', 'lazy_async', 'force_cache'] as const
export type InsightRefreshMode = (typeof insightRefreshModes)[number]

const insightPath = (projectId: string, insightId: number | string) =>
  projectScoped(projectId, `insights/${insightSegment(insightId)}/`)

/** `GET …/insights/:id/?refresh=<mode>`: recomputes (or not, for `force_cache`) and answers the insight with its result. */
export function fetchInsightWithRefresh(
  projectId: string,
  insightId: number | string,
  mode: InsightRefreshMode,
  signal?: AbortSignal,
): Promise<Insight> {
  return apiJson(insightSchema, { path: insightPath(projectId, insightId), query: { refresh: mode }, signal })
}

/** `GET …/insights/:id/?format=csv`: the insight as PostHog's CSV export (one row, `result` as JSON in a cell). */
export function fetchInsightCsv(projectId: string, insightId: number | string, signal?: AbortSignal): Promise<string> {
  return apiText({ path: insightPath(projectId, insightId), signal })
}

export interface RefreshInsightVariables {
  /** Numeric id or short_id: whatever the page was opened with. */
  insightId: number | string
  mode: InsightRefreshMode
}

/** Every refresh of the project's insights, so a chart can show that its insight is being recomputed. */
const refreshMutationKey = (projectId: string) => [...insightKeys.project(projectId), 'refresh'] as const

export const insightDetailMutations = {
  /**
   * A refresh is a mutation, not a refetch: it asks the server to do work (recompute), and its answer replaces the
   * detail caches under both the numeric id and the short_id so every reader sees the new result and refresh time.
   */
  refresh: (projectId: string) =>
    mutationOptions({
      mutationKey: refreshMutationKey(projectId),
      meta: { savesChanges: false },
      mutationFn: ({ insightId, mode }: RefreshInsightVariables) => fetchInsightWithRefresh(projectId, insightId, mode),
      onSuccess: (insight, _variables, _result, { client }) => {
        client.setQueryData(insightKeys.detail(projectId, insight.id), insight)
        client.setQueryData(insightKeys.detail(projectId, insight.short_id), insight)
      },
    }),
}

export function useRefreshInsight(projectId: string) {
  return useMutation(insightDetailMutations.refresh(projectId))
}

/** Whether a refresh of this insight (by id or short_id) is on its way, wherever it was started. */
export function useIsRefreshingInsight(projectId: string, insight: { id: number; short_id: string }): boolean {
  const running = useIsMutating({
    mutationKey: refreshMutationKey(projectId),
    predicate: ({ state }) => {
      const variables: unknown = state.variables
      if (typeof variables !== 'object' || variables === null || !('insightId' in variables)) return false
      return variables.insightId === insight.id || variables.insightId === insight.short_id
    },
  })
  return running > 0
}
