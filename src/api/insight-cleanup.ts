import { z } from 'zod/mini'
import { readCleanupPage, type CleanupInsight, type CleanupPage } from './cleanup-page-reader'
import { apiJson, apiJsonReadBy, type AnswerReading } from './http'
import { restoreInsightPatch } from './insights'
import { insightSegment, projectScoped } from './project-scope'
import { paginatedSchema } from './schemas/pagination'

export type { CleanupInsight, CleanupPage }

const insightIdPageSchema = paginatedSchema(z.object({ id: z.int() }))

interface PendingPage {
  body: ArrayBuffer
  resolve: (reading: AnswerReading<CleanupPage>) => void
}
interface PageReader {
  worker: Worker
  pending: Map<number, PendingPage>
  next: number
}
let pageReader: PageReader | null | undefined

/**
 * The worker that reads scan pages, started on first use; `null` where there is none (unit tests). If it fails (a
 * blocked script, say), the pages it held are read here, and so is every later one: their bytes were copied to it, not
 * transferred.
 */
function startPageReader(): PageReader | null {
  if (pageReader !== undefined) return pageReader
  if (typeof Worker !== 'function') return (pageReader = null)
  const reader: PageReader = {
    worker: new Worker(new URL('./cleanup-page-worker.ts', import.meta.url), { type: 'module' }),
    pending: new Map(),
    next: 0,
  }
  reader.worker.onmessage = (event: MessageEvent<{ id: number; reading: AnswerReading<CleanupPage> }>) => {
    reader.pending.get(event.data.id)?.resolve(event.data.reading)
    reader.pending.delete(event.data.id)
  }
  reader.worker.onerror = () => {
    pageReader = null
    reader.worker.terminate()
    for (const page of reader.pending.values()) page.resolve(readCleanupPage(page.body))
    reader.pending.clear()
  }
  return (pageReader = reader)
}

/** Reads a scan page in the worker, or here where there is none. */
function readScanPage(body: ArrayBuffer): Promise<AnswerReading<CleanupPage>> {
  const reader = startPageReader()
  if (!reader) return Promise.resolve(readCleanupPage(body))
  return new Promise((resolve) => {
    const id = reader.next++
    reader.pending.set(id, { body, resolve })
    reader.worker.postMessage({ id, body })
  })
}

/** One page of the full insight list, oldest id first so pages stay stable while insights are edited elsewhere. */
export function fetchCleanupPage(projectId: string, offset: number, limit: number, signal?: AbortSignal): Promise<CleanupPage> {
  return apiJsonReadBy(
    { path: projectScoped(projectId, 'insights/'), query: { limit, offset, order: 'id' }, signal },
    readScanPage,
  )
}

/** Ids of the insights on no dashboard, by the server's `not_on_dashboard` filter (only where the probe found it). */
export async function fetchIdsNotOnDashboard(projectId: string, signal?: AbortSignal, pageSize = 1000): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await apiJson(insightIdPageSchema, {
      path: projectScoped(projectId, 'insights/'),
      query: { basic: 'true', not_on_dashboard: 'true', limit: pageSize, offset, order: 'id' },
      signal,
    })
    for (const insight of page.results) ids.push(insight.id)
    if (!page.next || page.results.length === 0) return ids
  }
}

const deletedFlagSchema = z.object({ id: z.int(), deleted: z.boolean() })

/**
 * `PATCH …/insights/:id/`: PostHog's soft delete (`{deleted: true}`), or its restore, which also puts the insight back
 * on the dashboards it was on before (`restoreInsightPatch`).
 */
export function setInsightDeleted(
  projectId: string,
  insightId: number,
  deleted: boolean,
  dashboardsBefore: readonly number[] = [],
): Promise<{ id: number }> {
  return apiJson(deletedFlagSchema, {
    method: 'PATCH',
    path: projectScoped(projectId, `insights/${insightSegment(insightId)}/`),
    body: deleted ? { deleted: true } : restoreInsightPatch(dashboardsBefore),
  })
}
