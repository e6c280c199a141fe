// @vitest-environment node
import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createServer as createViteServer } from 'vite'
import viteConfig from '../../vite.config.ts'
import { findFreePort, isPortFree } from './ports.mjs'

const held: Server[] = []

/** Holds a port the way another program would; the system picks which (so tests never collide with real servers). */
async function holdAPort(): Promise<number> {
  const server = createServer()
  held.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as { port: number }).port
}

afterEach(async () => {
  await Promise.all(held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('free ports', () => {
  it('takes the next port when the first is held by another program', async () => {
    const taken = await holdAPort()
    expect(await isPortFree(taken)).toBe(false)
    const port = await findFreePort(taken)
    expect(port).not.toBe(taken)
    expect(port).toBeGreaterThan(taken)
    expect(await isPortFree(port!)).toBe(true)
  })

  it('gives up after the ports it was asked to try', async () => {
    const tried: number[] = []
    const isFree = (port: number) => (tried.push(port), Promise.resolve(false))
    expect(await findFreePort(4173, isFree, 3)).toBeNull()
    expect(tried).toEqual([4173, 4174, 4175])
  })

  it('lets the dev server and `vite preview` move to the next port, which Vite then prints', async () => {
    const config = viteConfig({ command: 'serve', mode: 'test', isSsrBuild: false, isPreview: false })
    expect(config.server?.strictPort).toBe(false)
    expect(config.preview?.strictPort).toBe(false)

    // The same server options on a port that is taken: Vite listens on another one and reports it.
    const taken = await holdAPort()
    const server = await createViteServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'silent',
      server: { ...config.server, port: taken, host: '127.0.0.1', proxy: undefined, watch: null },
    })
    try {
      await server.listen()
      const port = (server.httpServer?.address() as { port: number }).port
      expect(port).toBeGreaterThan(taken)
      expect(server.resolvedUrls?.local).toEqual([`http://127.0.0.1:${port}/`])
    } finally {
      await server.close()
    }
  })
})
