import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { fetchInsight } from '@/api/insights'
import { createSharePassword, updateSharingConfiguration } from '@/api/sharing'
import type { SharingSettings } from '@/api/schemas/sharing'
import { createTestQueryClient, PROJECT_ID, queryClientWrapper, resetMockData } from '@/api/test-support'
import { SharedInsightViewer } from './shared-insight-viewer'

const INSIGHT_ID = 1

beforeEach(() => resetMockData())

async function share(options: { settings?: SharingSettings; password?: string } = {}) {
  const config = await updateSharingConfiguration(PROJECT_ID, INSIGHT_ID, {
    enabled: true,
    settings: options.settings ?? null,
    password_required: options.password !== undefined,
  })
  if (options.password) await createSharePassword(PROJECT_ID, INSIGHT_ID, { raw_password: options.password })
  const insight = await fetchInsight(PROJECT_ID, INSIGHT_ID)
  return { accessToken: config.access_token ?? '', title: insight.name || insight.derived_name || 'Untitled insight' }
}

function renderViewer(accessToken: string) {
  const client = createTestQueryClient()
  render(<SharedInsightViewer accessToken={accessToken} embedded={false} />, { wrapper: queryClientWrapper(client) })
  return { client, user: userEvent.setup() }
}

describe('SharedInsightViewer', () => {
  it('shows the shared insight read-only: its name, its result as a table and the branding', async () => {
    const { accessToken, title } = await share()
    renderViewer(accessToken)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(screen.getByText(/Shared with Insight Desk/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('follows the share’s settings: no visible header, no branding', async () => {
    const { accessToken, title } = await share({ settings: { noHeader: true, whitelabel: true } })
    renderViewer(accessToken)
    const heading = await screen.findByRole('heading', { level: 1, name: title })
    expect(heading).toHaveClass('sr-only')
    expect(screen.queryByText(/Shared with Insight Desk/)).toBeNull()
  })

  it('says a link is not found when its token is unknown', async () => {
    renderViewer('no-such-token')
    expect(await screen.findByRole('heading', { name: 'This shared link was not found' })).toBeInTheDocument()
  })

  it('asks for the password of a protected share, refuses a wrong one and opens with the right one', async () => {
    const { accessToken, title } = await share({ password: 'opensesame42' })
    const { client, user } = renderViewer(accessToken)
    const field = await screen.findByLabelText('Password')
    await user.type(field, 'wrong-password')
    await user.click(screen.getByRole('button', { name: 'View insight' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect password')
    await waitFor(() => expect(client.getMutationCache().getAll()).toHaveLength(0))

    await user.clear(field)
    expect(screen.queryByRole('alert')).toBeNull()
    await user.type(field, 'opensesame42')
    await user.click(screen.getByRole('button', { name: 'View insight' }))
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
  })
})
