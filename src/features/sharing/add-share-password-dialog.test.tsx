import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sharingKeys, sharingQueries, updateSharingConfiguration } from '@/api/sharing'
import { createTestQueryClient, PROJECT_ID, queryClientWrapper, resetMockData } from '@/api/test-support'
import { AddSharePasswordDialog } from './add-share-password-dialog'

const INSIGHT_ID = 1

beforeEach(() => resetMockData())

async function renderDialog(options: { protect?: boolean } = {}) {
  const config = await updateSharingConfiguration(PROJECT_ID, INSIGHT_ID, {
    enabled: true,
    password_required: options.protect ?? true,
  })
  const client = createTestQueryClient()
  // Cached as the Sharing tab caches it, so the dialog's invalidation refetches it as it would on the page.
  await client.fetchQuery(sharingQueries.config(PROJECT_ID, INSIGHT_ID))
  const onClose = vi.fn()
  const onWriteError = vi.fn()
  const view = render(
    <AddSharePasswordDialog
      projectId={PROJECT_ID}
      insightId={INSIGHT_ID}
      accessToken={config.access_token ?? ''}
      onWriteError={onWriteError}
      onClose={onClose}
    />,
    { wrapper: queryClientWrapper(client) },
  )
  return { client, onClose, onWriteError, unmount: view.unmount, user: userEvent.setup() }
}

/** Everything both caches hold, as one string to search. */
function cacheText(client: ReturnType<typeof createTestQueryClient>): string {
  return JSON.stringify({
    queries: client
      .getQueryCache()
      .getAll()
      .map((query) => [query.queryKey, query.state]),
    mutations: client
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state),
  })
}

describe('AddSharePasswordDialog', () => {
  it('shows a generated password once and keeps it in neither the query nor the mutation cache', async () => {
    const { client, onClose, unmount, user } = await renderDialog()
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Auditors')
    await user.click(screen.getByRole('button', { name: 'Create password' }))

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: /New password/ })
    const password = field.value
    expect(password).toHaveLength(16)
    expect(screen.getByRole('alert')).toHaveTextContent('shown only this once')

    // The finished mutation is let go of at once, and the refetched configuration lists the password by note only.
    await waitFor(() => expect(client.getMutationCache().getAll()).toHaveLength(0))
    expect(client.getQueryState(sharingKeys.config(PROJECT_ID, INSIGHT_ID))?.isInvalidated).toBe(true)
    const config = await client.fetchQuery(sharingQueries.config(PROJECT_ID, INSIGHT_ID))
    expect(config.share_passwords.map((entry) => entry.note)).toContain('Auditors')
    expect(cacheText(client)).not.toContain(password)

    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    unmount()
    expect(cacheText(client)).not.toContain(password)
    expect(JSON.stringify({ ...localStorage })).not.toContain(password)
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(password)
  })

  it('sends a typed password only after it is long enough, and keeps it in no cache either', async () => {
    const { client, user } = await renderDialog()
    await user.click(screen.getByRole('radio', { name: /Type my own/ }))
    const input = screen.getByLabelText('Your password')
    await user.type(input, 'short')
    expect(screen.getByText(/Too short: 3 more characters needed/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create password' }))
    expect(await screen.findByText('Use at least 8 characters.')).toBeInTheDocument()
    expect(client.getMutationCache().getAll()).toHaveLength(0)

    await user.type(input, '-but-longer-now')
    await user.click(screen.getByRole('button', { name: 'Create password' }))
    expect(await screen.findByRole('textbox', { name: /New password/ })).toHaveValue('short-but-longer-now')
    await waitFor(() => expect(client.getMutationCache().getAll()).toHaveLength(0))
    expect(cacheText(client)).not.toContain('short-but-longer-now')
  })

  it('shows the server’s refusal in words when password protection is off', async () => {
    const { user, onWriteError } = await renderDialog({ protect: false })
    await user.click(screen.getByRole('button', { name: 'Create password' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Password protection must be enabled before creating passwords')
    expect(onWriteError).not.toHaveBeenCalled()
  })
})
