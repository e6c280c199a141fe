import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { TagUsage } from '@/api/tags'
import { TagEditor, type TagEditorProps } from './tag-editor'

const projectTags: TagUsage[] = [
  { name: 'marketing', count: 12 },
  { name: 'growth', count: 7 },
  { name: 'q3', count: 3 },
  { name: 'mobile', count: 1 },
]

/** The editor with its value held in state, as its owners hold it; `changes` records every value it reported. */
function renderEditor(initial: string[] = [], props: Partial<TagEditorProps> = {}) {
  const changes: string[][] = []
  function Harness() {
    const [value, setValue] = useState(initial)
    return (
      <TagEditor
        label="Tags"
        value={value}
        onChange={(next) => {
          changes.push(next)
          setValue(next)
        }}
        suggestions={projectTags}
        {...props}
      />
    )
  }
  render(<Harness />)
  return { input: screen.getByRole('combobox', { name: 'Tags' }), changes, user: userEvent.setup() }
}

function chipNames(): string[] {
  const group = screen.queryByRole('grid', { name: 'Tags' })
  return group
    ? within(group)
        .queryAllByRole('row')
        .map((row) => row.textContent ?? '')
    : []
}

describe('TagEditor', () => {
  it('creates a tag with Enter and with a comma, trimmed and lower-cased', async () => {
    const { input, user, changes } = renderEditor()
    await user.type(input, '  Q4 Review {Enter}')
    expect(chipNames()).toEqual(['q4 review'])
    expect(input).toHaveValue('')
    await user.type(input, 'Onboarding,')
    expect(chipNames()).toEqual(['q4 review', 'onboarding'])
    expect(input).toHaveValue('')
    expect(changes).toEqual([['q4 review'], ['q4 review', 'onboarding']])
  })

  it('adds every name of a pasted comma-separated list', async () => {
    const { input, user } = renderEditor(['existing'])
    await user.click(input)
    await user.paste('a, B ,c')
    expect(chipNames()).toEqual(['existing', 'a', 'b', 'c'])
    expect(input).toHaveValue('')
  })

  it('pasting one name without a comma only fills the input', async () => {
    const { input, user, changes } = renderEditor()
    await user.click(input)
    await user.paste('retention')
    expect(input).toHaveValue('retention')
    expect(changes).toEqual([])
  })

  it('Backspace on the empty input selects the last chip, and a second Backspace removes it', async () => {
    const { input, user, changes } = renderEditor(['alpha', 'beta'])
    await user.click(input)
    await user.keyboard('{Backspace}')
    expect(chipNames()).toEqual(['alpha', 'beta'])
    expect(screen.getByRole('status')).toHaveTextContent('Press Backspace again to remove “beta”.')
    await user.keyboard('{Backspace}')
    expect(chipNames()).toEqual(['alpha'])
    expect(changes).toEqual([['alpha']])
  })

  it('typing after the first Backspace keeps the chip', async () => {
    const { input, user } = renderEditor(['alpha'])
    await user.click(input)
    await user.keyboard('{Backspace}x{Backspace}{Backspace}')
    expect(chipNames()).toEqual(['alpha'])
    expect(screen.getByRole('status')).toHaveTextContent('Press Backspace again')
  })

  it('Backspace inside typed text edits the text, not the chips', async () => {
    const { input, user, changes } = renderEditor(['alpha'])
    await user.type(input, 'ab{Backspace}')
    expect(input).toHaveValue('a')
    expect(changes).toEqual([])
  })

  it('offers matching project tags with their counts and picks one with the arrow keys and Enter', async () => {
    const { input, user } = renderEditor(['growth'])
    await user.type(input, 'g')
    const listbox = await screen.findByRole('listbox')
    // "growth" is already chosen; "marketing" contains a g; names starting with the text would come first. Creating
    // the typed name is an option of its own, last.
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['marketing12 insights', 'Creategnew tag'])
    await user.keyboard('{ArrowDown}{Enter}')
    expect(chipNames()).toEqual(['growth', 'marketing'])
    expect(input).toHaveValue('')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('offers creating the typed name as its own option, and picking it adds exactly that name', async () => {
    const { input, user } = renderEditor()
    await user.type(input, 'Gro')
    const listbox = await screen.findByRole('listbox')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['growth7 insights', 'Creategronew tag'])
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(within(listbox).getByRole('option', { name: 'Create new tag “gro”' })).toHaveAttribute('data-focused', 'true')
    await user.keyboard('{Enter}')
    expect(chipNames()).toEqual(['gro'])
    // Typing an existing name offers no "Create".
    await user.type(input, 'mobile')
    expect(
      within(await screen.findByRole('listbox'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['mobile1 insight'])
  })

  it('↓ on the empty input lists the most used tags not chosen yet', async () => {
    const { input, user } = renderEditor(['marketing'])
    await user.click(input)
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{ArrowDown}')
    const listbox = await screen.findByRole('listbox')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['growth7 insights', 'q33 insights', 'mobile1 insight'])
    await user.keyboard('{Enter}')
    expect(chipNames()).toEqual(['marketing', 'growth'])
  })

  it('picks a suggestion with the mouse', async () => {
    const { input, user } = renderEditor()
    await user.type(input, 'mo')
    await user.click(await screen.findByRole('option', { name: /mobile/ }))
    expect(chipNames()).toEqual(['mobile'])
    expect(input).toHaveValue('')
  })

  it('Enter with the list open but nothing highlighted adds the typed text', async () => {
    const { input, user } = renderEditor()
    await user.type(input, 'q')
    expect(await screen.findByRole('listbox')).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(chipNames()).toEqual(['q'])
  })

  it('refuses a duplicate with a hint and keeps the text to correct', async () => {
    const { input, user, changes } = renderEditor(['growth'])
    await user.type(input, 'Growth{Enter}')
    expect(chipNames()).toEqual(['growth'])
    expect(screen.getByRole('status')).toHaveTextContent('“growth” is already a tag here.')
    expect(input).toHaveValue('Growth')
    expect(changes).toEqual([])
    await user.type(input, 's')
    expect(screen.getByRole('status')).not.toHaveTextContent('already')
  })

  it('refuses a blank tag with a hint', async () => {
    const { input, user, changes } = renderEditor()
    await user.type(input, '   {Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('A tag cannot be blank.')
    expect(changes).toEqual([])
  })

  it('adds the new names of a pasted list and names the duplicates it skipped', async () => {
    const { input, user } = renderEditor(['a'])
    await user.click(input)
    await user.paste('a, b, b, c')
    expect(chipNames()).toEqual(['a', 'b', 'c'])
    expect(screen.getByRole('status')).toHaveTextContent('“a”, “b” are already tags here.')
  })

  it('refuses a name longer than PostHog allows', async () => {
    const { input, user, changes } = renderEditor()
    await user.click(input)
    await user.paste('x'.repeat(256))
    await user.keyboard('{Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('at most 255 characters')
    expect(changes).toEqual([])
  })

  it('removes a chip with its button and with Delete on the focused chip', async () => {
    const { user, changes } = renderEditor(['alpha', 'beta', 'gamma'])
    await user.click(screen.getByRole('button', { name: 'Remove tag beta' }))
    expect(chipNames()).toEqual(['alpha', 'gamma'])
    screen.getByRole('row', { name: 'gamma' }).focus()
    await user.keyboard('{Delete}')
    expect(changes.at(-1)).toEqual(['alpha'])
  })

  it('Enter on the empty input submits and Escape cancels; Escape only closes an open list', async () => {
    const onSubmit = vi.fn()
    const onEscape = vi.fn()
    const { input, user } = renderEditor(['alpha'], { onSubmit, onEscape })
    await user.click(input)
    await user.keyboard('{Enter}')
    expect(onSubmit).toHaveBeenCalledTimes(1)

    await user.type(input, 'm')
    expect(await screen.findByRole('listbox')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(onEscape).not.toHaveBeenCalled()
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{Backspace}')
    expect(input).toHaveValue('')
    await user.keyboard('{Escape}')
    expect(onEscape).toHaveBeenCalledTimes(1)
  })

  it('adds the typed text when focus leaves the input, so a Save button next to it keeps it', async () => {
    const { input, user, changes } = renderEditor(['alpha'])
    await user.type(input, 'Beta')
    await user.tab()
    expect(changes).toEqual([['alpha', 'beta']])
    expect(input).toHaveValue('')
  })

  it('Escape clears typed text before it cancels', async () => {
    const onEscape = vi.fn()
    const { input, user } = renderEditor([], { onEscape })
    await user.type(input, 'zzz')
    // The list (offering to create "zzz") closes first.
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(input).toHaveValue('zzz')
    await user.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(onEscape).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(onEscape).toHaveBeenCalledTimes(1)
  })

  it('shows tags without remove buttons and a disabled input when disabled', () => {
    renderEditor(['alpha'], { isDisabled: true })
    expect(screen.getByRole('combobox', { name: 'Tags' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Remove tag alpha' })).not.toBeInTheDocument()
    expect(chipNames()).toEqual(['alpha'])
  })
})
