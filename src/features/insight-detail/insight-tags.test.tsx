import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { InsightTags } from './insight-tags'

function renderTags(onSave: (before: readonly string[], after: string[]) => Promise<unknown>) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <InsightTags
        projectId={PROJECT_ID}
        insightName="Weekly signups"
        tags={['growth']}
        isDisabled={false}
        disabledReason={null}
        onSave={onSave}
      />
    </QueryClientProvider>,
  )
}

/** The editor is a lazily loaded chunk. */
const findEditorInput = () => screen.findByRole('combobox', { name: 'Tags' }, { timeout: 10_000 })

describe('InsightTags', { timeout: 20_000 }, () => {
  beforeEach(() => resetMockData())

  it('Enter on the empty input saves the edit (the tags it opened with and closed with) and gives focus back to Edit tags', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn(() => Promise.resolve())
    renderTags(onSave)
    await user.click(screen.getByRole('button', { name: 'Edit tags' }))
    const input = await findEditorInput()
    expect(input).toHaveFocus()
    await user.type(input, 'Q4{Enter}')
    expect(within(screen.getByRole('grid', { name: 'Tags' })).getByRole('row', { name: 'q4' })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(onSave).toHaveBeenCalledWith(['growth'], ['growth', 'q4'])
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Edit tags' })).toHaveFocus()
  })

  it('Esc cancels the draft, and saving an unchanged list sends nothing', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn(() => Promise.resolve())
    renderTags(onSave)
    await user.click(screen.getByRole('button', { name: 'Edit tags' }))
    await user.type(await findEditorInput(), 'dropped{Enter}{Escape}')
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Tags' })).queryByText('dropped')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Edit tags' }))
    await findEditorInput()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).not.toHaveBeenCalled()
  })
})
