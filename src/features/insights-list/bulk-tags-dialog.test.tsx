import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearMockFailures, injectMockFailure } from '@mocks/handlers'
import { fetchInsightBasicList } from '@/api/insights'
import type { InsightBasic } from '@/api/schemas/insight'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import BulkTagsDialog from './bulk-tags-dialog'
import { useInsightSelection } from './selection-store'

async function tagsOf(ids: readonly number[]): Promise<Map<number, string[]>> {
  const all = (await fetchInsightBasicList(PROJECT_ID, { limit: 1000 })).results
  return new Map(all.filter((row) => ids.includes(row.id)).map((row) => [row.id, row.tags]))
}

describe('BulkTagsDialog', { timeout: 30_000 }, () => {
  let client: QueryClient
  let rows: InsightBasic[]
  const onOpenChange = vi.fn()

  beforeEach(async () => {
    resetMockData(160)
    client = createTestQueryClient()
    onOpenChange.mockReset()
    rows = (await fetchInsightBasicList(PROJECT_ID, { limit: 120, order: 'created_at' })).results
    useInsightSelection.getState().clear()
    useInsightSelection.getState().setMany(rows, true)
  })
  afterEach(() => clearMockFailures())

  function renderDialog() {
    render(
      <QueryClientProvider client={client}>
        <BulkTagsDialog projectId={PROJECT_ID} ids={rows.map((row) => row.id)} isOpen onOpenChange={onOpenChange} />
      </QueryClientProvider>,
    )
    return screen.getByRole('dialog', { name: 'Edit tags of 120 insights' })
  }

  it('counts the selection’s tags and previews a removal picked from them', async () => {
    const user = userEvent.setup()
    const dialog = renderDialog()
    const counts = new Map<string, number>()
    for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    const [tag, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    await user.click(within(dialog).getByRole('radio', { name: 'Remove' }))
    const pick = within(dialog).getByRole('button', { name: `${tag}: on ${count} of 120` })
    await user.click(pick)
    expect(pick.getAttribute('aria-pressed')).toBe('true')
    expect(within(dialog).getByText(/will lose/).textContent).toBe(
      `${count} insights will lose ${tag}; ${120 - count} don't have it.`,
    )
  })

  it('reports a refused batch, and Undo puts back what the other batch changed', async () => {
    const user = userEvent.setup()
    const before = await tagsOf(rows.map((row) => row.id))
    const dialog = renderDialog()
    await user.type(within(dialog).getByRole('combobox', { name: 'Tags to add' }), 'q9{Enter}')
    expect(within(dialog).getByText(/will get/).textContent).toBe('120 insights will get q9.')
    injectMockFailure({ path: 'bulk_update_tags', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toContain('Tags updated on 20 of 120 insights; 100 failed.')
    const applied = await tagsOf(rows.map((row) => row.id))
    expect([...applied.values()].filter((tags) => tags.includes('q9'))).toHaveLength(20)

    await user.click(within(dialog).getByRole('button', { name: 'Undo 20 changes' }))
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false))
    expect(await tagsOf(rows.map((row) => row.id))).toEqual(before)
  })
})
