import { describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { activityPageSchema } from '@/api/schemas/activity'
import { dashboardListSchema } from '@/api/schemas/dashboard'
import { elementListSchema, elementStatsSchema, elementValuesSchema } from '@/api/schemas/element'
import {
  generatedMetadataSchema,
  insightAnalysisSchema,
  insightBasicListSchema,
  insightListSchema,
  insightSchema,
  insightSuggestionsSchema,
  myLastViewedSchema,
  trendingInsightListSchema,
} from '@/api/schemas/insight'
import {
  funnelCorrelationResponseSchema,
  legacyFunnelResponseSchema,
  legacyTrendResponseSchema,
} from '@/api/schemas/legacy-insight'
import { organizationMemberListSchema } from '@/api/schemas/member'
import { projectSchema } from '@/api/schemas/project'
import { sharedInsightSchema } from '@/api/schemas/shared'
import { sharingConfigurationSchema } from '@/api/schemas/sharing'
import { tagListSchema } from '@/api/schemas/tag'
import { thresholdListSchema, thresholdSchema } from '@/api/schemas/threshold'
import { currentUserSchema } from '@/api/schemas/user'
import { P, call, useMockBackend } from './test-support'

/*
 * Every read endpoint of the mock, answered with seeded data, parses with the contract schema the client uses. The
 * whole first page of lists is parsed, so every insight type and result shape goes through the schemas.
 */

const backend = useMockBackend(300)

const funnelSteps = encodeURIComponent(JSON.stringify([{ id: 'signed_up' }, { id: 'video_played' }]))

describe('every mock response parses with its contract schema', () => {
  it('answers each read endpoint in the shape of its schema', async () => {
    const store = backend.store()
    const shared = store.db.sharing.find(
      (config) => config.enabled && !config.password_required && !store.insight(config.insight_id)?.deleted,
    )
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    const insight = store.db.insights.find((candidate) => candidate.project_id === 1 && !candidate.deleted)
    if (!shared || !threshold || !insight) throw new Error('seed lacks a shared insight, a threshold or a live insight')
    await call(`${P}/insights/viewed/`, { method: 'POST', body: { insight_ids: [insight.id] } })

    const cases: [string, z.ZodMiniType][] = [
      [`${P}/insights/?limit=300`, insightListSchema],
      [`${P}/insights/?basic=true&limit=300`, insightBasicListSchema],
      [`${P}/insights/?search=weekly`, insightListSchema],
      [`/api/projects/2/insights/`, insightListSchema],
      [`${P}/insights/${insight.short_id}/`, insightSchema],
      [`${P}/insights/activity/`, activityPageSchema],
      [`${P}/insights/${insight.id}/activity/`, activityPageSchema],
      [`${P}/insights/my_last_viewed/`, myLastViewedSchema],
      [`${P}/insights/trending/?days=30`, trendingInsightListSchema],
      [`${P}/insights/${insight.id}/sharing/`, sharingConfigurationSchema],
      [`${P}/insights/${shared.insight_id}/sharing/`, sharingConfigurationSchema],
      [`/shared/${shared.access_token}.json`, sharedInsightSchema],
      [`${P}/insights/${threshold.insight_id}/thresholds/`, thresholdListSchema],
      [`${P}/insights/${threshold.insight_id}/thresholds/${threshold.id}/`, thresholdSchema],
      [`${P}/insights/${insight.id}/suggestions/`, insightSuggestionsSchema],
      [`${P}/insights/${insight.id}/analyze/`, insightAnalysisSchema],
      [`${P}/insights/trend/?events=${encodeURIComponent('[{"id":"$pageview"}]')}`, legacyTrendResponseSchema],
      [`${P}/insights/funnel/?events=${funnelSteps}`, legacyFunnelResponseSchema],
      [`${P}/insights/funnel/correlation/?events=${funnelSteps}`, funnelCorrelationResponseSchema],
      [`${P}/elements/`, elementListSchema],
      [`${P}/elements/stats/`, elementStatsSchema],
      [`${P}/elements/values/?key=tag_name`, elementValuesSchema],
      [`${P}/tags/`, tagListSchema],
      [`${P}/dashboards/`, dashboardListSchema],
      [`${P}/`, projectSchema],
      ['/api/users/@me/', currentUserSchema],
      ['/api/organizations/@current/members/', organizationMemberListSchema],
    ]
    for (const [path, schema] of cases) {
      const answer = await call(path)
      expect(answer.status, path).toBe(200)
      const parsed = schema.safeParse(answer.body)
      expect(parsed.success, `${path}: ${parsed.error?.message ?? ''}`).toBe(true)
    }
  })

  it('answers generate_metadata in its schema', async () => {
    const query = { kind: 'DataVisualizationNode', source: { kind: 'HogQLQuery', query: 'select 1' } }
    expect(
      generatedMetadataSchema.safeParse(
        (await call(`${P}/insights/generate_metadata/`, { method: 'POST', body: { query } })).body,
      ).success,
    ).toBe(true)
  })
})
