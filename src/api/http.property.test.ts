import fc from 'fast-check'
import { http as route, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { mockServer } from '@mocks/node'
import { ApiError, apiJson } from './http'
import { thresholdListSchema } from './schemas/threshold'
import { resetMockData } from './test-support'

/*
 * Random damage to real answers of the mock (a field removed, its type changed, a value swapped for junk) must come
 * out of the client as one of two things: an ApiError that names the broken field, or an answer read tolerantly (a
 * malformed list item left out and counted, a malformed field read as empty), never a crash. That the tolerant reading
 * keeps every page's data is proven in mocks/posthog/tolerance.test.ts and
 * src/features/insight-detail/tolerant-answers.property.test.tsx.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const endpoints: { name: string; path: string; schema: z.ZodMiniType }[] = []
const answers = new Map<string, Json>()

beforeAll(async () => {
  resetMockData(30)
  const get = async (path: string) => (await (await fetch(`/api/${path}`)).json()) as Json
  const list = (await get('projects/1/insights/?limit=3')) as { results: { id: number }[] }
  const withThresholds = (await get('projects/1/insights/?limit=100')) as { results: { id: number }[] }
  let thresholdInsight = list.results[0]?.id ?? 1
  for (const { id } of withThresholds.results) {
    if (((await get(`projects/1/insights/${id}/thresholds/`)) as { count: number }).count > 0) {
      thresholdInsight = id
      break
    }
  }
  const id = list.results[0]?.id ?? 1
  await fetch(`/api/projects/1/insights/${id}/sharing/`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ enabled: true }),
  })
  await fetch(`/api/projects/1/insights/${id}/sharing/passwords/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ password: 'correct horse battery staple', note: 'for the board' }),
  })
  endpoints.push({ name: 'thresholds', path: `projects/1/insights/${thresholdInsight}/thresholds/`, schema: thresholdListSchema })
  for (const endpoint of endpoints) answers.set(endpoint.name, await get(endpoint.path))
})

/** Every path into a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value)
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant('<img src=x onerror=alert(1)>'),
)

type Damage = { kind: 'remove' } | { kind: 'replace'; value: Json } | { kind: 'stringify' }
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant({ kind: 'remove' as const }),
  junk.map((value) => ({ kind: 'replace' as const, value: value as Json })),
  fc.constant({ kind: 'stringify' as const }),
)

function damaged(original: Json, path: Path, change: Damage): Json {
  const copy = structuredClone(original)
  let parent: Json = copy
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json
  const last = path[path.length - 1] as string | number
  const container = parent as Record<string | number, Json> & Json[]
  if (change.kind === 'remove') {
    if (Array.isArray(container)) container.splice(Number(last), 1)
    else delete container[last]
  } else if (change.kind === 'replace') container[last] = change.value
  // A number sent as "42", an object as its JSON text: the mistakes a hand-written serializer makes.
  else container[last] = JSON.stringify(container[last])
  return copy
}

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || a === 'response'

describe('the client over damaged answers', () => {
  it('either names the broken field in an ApiError, or reads the answer (tolerantly), never crashes', async () => {
    const seen = { refused: 0, accepted: 0 }
    await fc.assert(
      fc.asyncProperty(fc.constant(0), fc.nat(), damage, async (endpointIndex, pathIndex, change) => {
        const endpoint = endpoints[endpointIndex]
        if (!endpoint) throw new Error('no endpoint')
        const original = answers.get(endpoint.name) ?? null
        const paths = pathsOf(original)
        const path = paths[pathIndex % paths.length] ?? []
        const body = damaged(original, path, change)
        mockServer.use(route.get(`*/api/${endpoint.path.split('?')[0] ?? ''}`, () => HttpResponse.json(body), { once: true }))
        const outcome = await apiJson(endpoint.schema, { path: endpoint.path }).then(
          (value: unknown) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        )
        if (outcome.ok) {
          seen.accepted += 1
        } else {
          seen.refused += 1
          expect(outcome.error).toBeInstanceOf(ApiError)
          const error = outcome.error as ApiError
          expect(error.type).toBe('invalid_response')
          expect(error.message).toMatch(/^The server's answer did not have the expected shape \(.+: .+\)\.$/)
          expect(related(path.join('.'), error.attr ?? ''), `${error.attr ?? ''} vs ${path.join('.')}`).toBe(true)
        }
      }),
      { numRuns: 250 },
    )
    // Both branches ran: the generator damages fields the client needs and fields it may ignore.
    expect(seen.refused).toBeGreaterThan(10)
    expect(seen.accepted).toBeGreaterThan(20)
  }, 60_000)

  it('reports an answer that is not JSON at all in words, not as a parser crash', async () => {
    const endpoint = endpoints[0]
    if (!endpoint) throw new Error('no endpoint')
    for (const text of ['<!doctype html><p>Bad gateway</p>', '{"id": 1,', '']) {
      mockServer.use(
        route.get(`*/api/${endpoint.path}`, () => new HttpResponse(text, { headers: { 'Content-Type': 'text/html' } }), {
          once: true,
        }),
      )
      const error: unknown = await apiJson(endpoint.schema, { path: endpoint.path }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).type).toBe('invalid_response')
      expect((error as ApiError).message).toBe("The server's answer was not JSON, so it could not be read.")
    }
  })
})
