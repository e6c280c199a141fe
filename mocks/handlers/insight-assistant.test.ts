import { describe, expect, it } from 'vitest'
import { generatedMetadataSchema, insightAnalysisSchema, insightSuggestionsSchema } from '@/api/schemas/insight'
import { insightKind } from '@/api/schemas/query'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

describe('generate_metadata, suggestions, analyze and cancel', () => {
  it('suggests a name and description from the query', async () => {
    const query = {
      kind: 'InsightVizNode',
      source: {
        kind: 'TrendsQuery',
        series: [{ kind: 'EventsNode', event: 'signed_up' }],
        interval: 'week',
        breakdownFilter: { breakdown: 'plan' },
        dateRange: { date_from: '-90d' },
      },
    }
    const answer = generatedMetadataSchema.parse(
      (await call(`${P}/insights/generate_metadata/`, { method: 'POST', body: { query } })).body,
    )
    expect(answer.name).toBe('Signed up per week by plan')
    expect(answer.description).toContain('the last 90 days')
    expect(record((await call(`${P}/insights/generate_metadata/`, { method: 'POST', body: {} })).body)).toMatchObject({
      attr: 'query',
      code: 'required',
    })
  })

  it('suggests follow-up insights and analyses the result of each kind', async () => {
    const store = backend.store()
    const kinds = new Set<string>()
    for (const insight of store.db.insights.filter((candidate) => !candidate.deleted && candidate.project_id === 1)) {
      const kind = insightKind(insight.query)
      if (kinds.has(kind)) continue
      kinds.add(kind)
      const suggestions = insightSuggestionsSchema.parse((await call(`${P}/insights/${insight.id}/suggestions/`)).body)
      expect(suggestions.length).toBeGreaterThan(0)
      const analysis = insightAnalysisSchema.parse((await call(`${P}/insights/${insight.short_id}/analyze/`)).body)
      expect(analysis.summary.length).toBeGreaterThan(10)
      // The mock reads every computed result with its own types; only a raw events table has nothing to analyse.
      if (kind !== 'JSON') expect(analysis.summary).not.toMatch(/not enough data/)
    }
    expect(kinds.size).toBe(8)
    const first = store.db.insights.find((candidate) => !candidate.deleted)
    expect((await call(`${P}/insights/${first?.id ?? 0}/suggestions/`, { method: 'POST', body: {} })).status).toBe(200)
  })

  it('cancels a query by its client id', async () => {
    expect((await call(`${P}/insights/cancel/`, { method: 'POST', body: { client_query_id: 'abc' } })).status).toBe(201)
    expect(record((await call(`${P}/insights/cancel/`, { method: 'POST', body: {} })).body).attr).toBe('client_query_id')
    expect(record((await call(`${P}/insights/cancel/`, { method: 'POST', body: { client_query_id: ' ' } })).body)).toMatchObject({
      type: 'validation_error',
      code: 'blank',
      attr: 'client_query_id',
    })
  })
})
