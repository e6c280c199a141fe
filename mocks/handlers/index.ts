import { activityHandlers } from './activity'
import { alertHandlers } from './alerts'
import { dashboardHandlers } from './dashboards'
import { elementHandlers } from './elements'
import { insightAssistantHandlers } from './insight-assistant'
import { insightViewHandlers } from './insight-views'
import { insightHandlers } from './insights'
import { legacyInsightHandlers } from './legacy-insights'
import { projectHandlers } from './projects'
import { createApiHandler } from './router'
import { sharedHandlers } from './shared'
import { sharingHandlers } from './sharing'
import { tagHandlers } from './tags'
import { thresholdHandlers } from './thresholds'
import { userHandlers } from './users'

/** Every endpoint of the mock backend, one list per resource. */
export const routes = [
  ...insightHandlers,
  ...activityHandlers,
  ...insightViewHandlers,
  ...insightAssistantHandlers,
  ...legacyInsightHandlers,
  ...sharingHandlers,
  ...thresholdHandlers,
  ...alertHandlers,
  ...tagHandlers,
  ...dashboardHandlers,
  ...elementHandlers,
  ...projectHandlers,
  ...userHandlers,
]

/**
 * The MSW handlers shared by the browser worker, unit tests and the HTTP mock server: one for the whole `/api/`, and
 * PostHog's public `/shared/:access_token.json` (outside `/api/`, as in PostHog; see ./shared.ts).
 */
export const handlers = [createApiHandler(routes), ...sharedHandlers]

export { sharedPageHandlers } from './shared'

export {
  clearMockFailures,
  getMockAuthMode,
  injectMockFailure,
  resetMockRuntime,
  setMockAuthMode,
  setMockLatency,
  MOCK_API_KEYS,
} from './runtime'
export type { MockAuthMode } from './runtime'
