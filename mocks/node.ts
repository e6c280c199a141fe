import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The mock backend for Vitest: same handlers as the browser, answering requests made with fetch in Node. */
export const mockServer = setupServer(...handlers)
