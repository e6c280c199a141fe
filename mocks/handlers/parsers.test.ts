import { describe, expect, it } from 'vitest'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

function liveInsight() {
  const insight = backend.store().db.insights.find((candidate) => candidate.project_id === 1 && !candidate.deleted)
  if (!insight) throw new Error('seed too small')
  return insight
}

/*
 * `insights/viewed/` and `insights/bulk_update_tags/` are actions of `InsightViewSet`
 * (products/product_analytics/backend/api/insight.py). Neither sets `parser_classes`, so both parse with the
 * viewset's `(QuerySchemaParser,)`, a `JSONParser`: DRF answers any other media type with 415.
 */
describe('the InsightViewSet actions read only JSON bodies', () => {
  const actions = () => {
    const insight = liveInsight()
    return {
      viewed: { path: `${P}/insights/viewed/`, body: { insight_ids: [insight.id] }, status: 201 },
      bulk_update_tags: {
        path: `${P}/insights/bulk_update_tags/`,
        body: { ids: [insight.id], action: 'add', tags: ['parsed'] },
        status: 200,
      },
    }
  }

  it.each(['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 to %s',
    async (contentType) => {
      const id = liveInsight().id
      const viewedBefore = backend.store().lastViewed(1).get(id)
      for (const [name, { path, body }] of Object.entries(actions())) {
        const answer = await call(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': contentType } })
        expect(answer.status, name).toBe(415)
        expect(record(answer.body), name).toEqual({
          type: 'invalid_request',
          code: 'unsupported_media_type',
          detail: `Unsupported media type "${contentType}" in request.`,
          attr: null,
        })
      }
      expect(backend.store().insight(id)?.tags).not.toContain('parsed')
      expect(backend.store().lastViewed(1).get(id)).toBe(viewedBefore)
    },
  )

  it('reads JSON, with or without a charset', async () => {
    for (const [name, { path, body, status }] of Object.entries(actions())) {
      const headers = { 'Content-Type': 'application/json; charset=utf-8' }
      expect((await call(path, { method: 'POST', body: JSON.stringify(body), headers })).status, name).toBe(status)
    }
    expect(backend.store().insight(liveInsight().id)?.tags).toContain('parsed')
  })
})
