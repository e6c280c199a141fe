import { describe, expect, it } from 'vitest'
import { elementListSchema, elementSchema, elementStatsSchema, elementValuesSchema } from '@/api/schemas/element'
import { P, call, record, useMockBackend } from './test-support'

useMockBackend()

describe('elements', () => {
  it('lists, creates, retrieves, updates and deletes elements', async () => {
    const list = elementListSchema.parse((await call(`${P}/elements/?limit=5`)).body)
    expect(list.results).toHaveLength(5)
    expect(list.next).toMatch(/offset=5/)
    const answer = await call(`${P}/elements/`, {
      method: 'POST',
      body: { tag_name: 'button', text: 'Share', attr_class: ['btn'], attributes: { attr__class: 'btn' } },
    })
    expect(answer.status).toBe(201)
    const created = elementSchema.parse(answer.body)
    expect(elementSchema.parse((await call(`${P}/elements/${created.id}/`)).body)).toEqual(created)
    const patched = elementSchema.parse(
      (await call(`${P}/elements/${created.id}/`, { method: 'PATCH', body: { text: 'Share insight', order: 2 } })).body,
    )
    expect(patched).toMatchObject({ text: 'Share insight', order: 2, tag_name: 'button' })
    expect(
      record((await call(`${P}/elements/${created.id}/`, { method: 'PATCH', body: { nth_child: 'first' } })).body).attr,
    ).toBe('nth_child')
    expect((await call(`${P}/elements/${created.id}/`, { method: 'DELETE' })).status).toBe(204)
    expect((await call(`${P}/elements/${created.id}/`)).status).toBe(404)
  })

  it('reports stats for $autocapture by default and other events on request', async () => {
    const autocapture = elementStatsSchema.parse((await call(`${P}/elements/stats/`)).body)
    expect(autocapture.length).toBeGreaterThan(0)
    expect(autocapture.every((stat) => stat.type === '$autocapture')).toBe(true)
    const counts = autocapture.map((stat) => stat.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const rage = elementStatsSchema.parse((await call(`${P}/elements/stats/?include=$rageclick&include=$dead_click`)).body)
    expect(rage.every((stat) => stat.type !== '$autocapture')).toBe(true)
  })

  it('answers distinct values of a key, filtered by value', async () => {
    const tags = elementValuesSchema.parse((await call(`${P}/elements/values/?key=tag_name`)).body)
    expect(tags.map((entry) => entry.name)).toContain('button')
    const filtered = elementValuesSchema.parse((await call(`${P}/elements/values/?key=text&value=watch`)).body)
    expect(filtered.every((entry) => entry.name.toLowerCase().includes('watch'))).toBe(true)
    expect(elementValuesSchema.parse((await call(`${P}/elements/values/?key=unknown`)).body)).toEqual([])
  })

  it('lists every element whatever field filters are sent, as PostHog’s ElementViewSet has none', async () => {
    const all = elementListSchema.parse((await call(`${P}/elements/`)).body)
    const asked = elementListSchema.parse((await call(`${P}/elements/?tag_name=a&text=Pricing&selector=a.nav-link`)).body)
    expect(asked.count).toBe(all.count)
    expect(asked.results.map((element) => element.id)).toEqual(all.results.map((element) => element.id))
  })
})
