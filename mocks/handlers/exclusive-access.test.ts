import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { createApiHandler, ok, projectRoute } from './router'
import { useMockBackend } from './test-support'

const backend = useMockBackend(20)

/**
 * An endpoint written the risky way: it reads an insight's tags, waits (for its body and a timer), then writes what it
 * read plus one tag. Run side by side without turns, every request would read the same tags and only the last tag
 * would survive.
 */
function naiveAddTag() {
  return createApiHandler([
    projectRoute('POST', 'insights/:id/naive_add_tag', null, async (context) => {
      const insight = context.store.insight(Number(context.params.id))
      if (!insight) throw new Error('no insight')
      const before = insight.tags
      const { tag } = await context.body(z.object({ tag: z.string() }))
      await new Promise((resolve) => setTimeout(resolve, 2))
      insight.tags = [...before, tag]
      context.store.commit()
      return ok({ tags: insight.tags })
    }),
  ])
}

function post(url: string, body: BodyInit): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit)
}

describe('one request at a time', () => {
  it('never interleaves two requests between a read and a write', async () => {
    const handler = naiveAddTag()
    const insight = backend.store().db.insights[0]!
    insight.tags = []
    const tags = Array.from({ length: 25 }, (_, index) => `t${index}`)
    await Promise.all(
      tags.map((tag) =>
        handler.run({
          request: post(`http://localhost/api/projects/1/insights/${insight.id}/naive_add_tag/`, JSON.stringify({ tag })),
          requestId: tag,
        }),
      ),
    )
    expect([...insight.tags].sort()).toEqual([...tags].sort())
  })

  it('lets other requests through while one client is still sending its body', async () => {
    const handler = naiveAddTag()
    const insight = backend.store().db.insights[0]!
    insight.tags = []
    let finishBody: (() => void) | null = null
    const slowBody = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"tag":'))
        finishBody = () => {
          controller.enqueue(new TextEncoder().encode('"slow"}'))
          controller.close()
        }
      },
    })
    const url = `http://localhost/api/projects/1/insights/${insight.id}/naive_add_tag/`
    const slow = handler.run({ request: post(url, slowBody), requestId: 'slow' })
    await handler.run({ request: post(url, JSON.stringify({ tag: 'fast' })), requestId: 'fast' })
    expect(insight.tags).toEqual(['fast'])
    finishBody!()
    await slow
    expect(insight.tags).toEqual(['fast', 'slow'])
  })
})
