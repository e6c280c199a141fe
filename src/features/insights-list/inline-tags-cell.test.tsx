import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { fetchInsight, fetchInsightBasicList } from '@/api/insights'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { InlineTags } from './inline-tags-cell'

async function firstInsight(): Promise<InsightBasic> {
  const page = await fetchInsightBasicList(PROJECT_ID, { limit: 1 })
  const insight = page.results[0]
  if (!insight) throw new Error('the seed has no insights')
  return insight
}

function renderCell(client: QueryClient, insight: InsightBasic, writeDisabledReason: string | null = null) {
  render(
    <QueryClientProvider client={client}>
      <InlineTags insight={insight} projectId={PROJECT_ID} term={undefined} writeDisabledReason={writeDisabledReason} />
      <p>Elsewhere on the page</p>
    </QueryClientProvider>,
  )
}

describe('InlineTags', { timeout: 20_000 }, () => {
  let client: QueryClient
  beforeEach(() => {
    resetMockData()
    client = createTestQueryClient()
  })

  it('a click on the tags opens the editor; a click outside saves the change', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    renderCell(client, insight)
    const name = insightDisplayName(insight)

    await user.click(screen.getByRole('list', { name: 'Tags' }).parentElement ?? document.body)
    // The editor is a lazily loaded chunk.
    const editor = await screen.findByRole('dialog', { name: `Edit tags of ${name}` }, { timeout: 10_000 })
    const input = screen.getByRole('combobox', { name: `Tags of ${name}` })
    expect(editor).toContainElement(input)
    await user.type(input, 'Picked outside{Enter}')
    await user.click(screen.getByText('Elsewhere on the page'))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(async () => expect((await fetchInsight(PROJECT_ID, insight.id)).tags).toContain('picked outside'))
  })

  it('Cancel leaves the tags as they were', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    renderCell(client, insight)
    await user.click(screen.getByRole('button', { name: `Edit tags of ${insightDisplayName(insight)}` }))
    const input = await screen.findByRole('combobox', {}, { timeout: 10_000 })
    await user.type(input, 'not kept{Enter}')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect((await fetchInsight(PROJECT_ID, insight.id)).tags).toEqual(insight.tags)
  })

  it('is off, with the reason, while the key may not write', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    renderCell(client, insight, 'This API key is read-only here.')
    const edit = screen.getByRole('button', { name: `Edit tags of ${insightDisplayName(insight)}` })
    expect(edit).toBeDisabled()
    expect(edit.parentElement).toHaveAttribute('title', 'This API key is read-only here.')
    await user.click(screen.getByRole('list', { name: 'Tags' }).parentElement ?? document.body)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
