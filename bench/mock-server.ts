import { spawn, type ChildProcess } from 'node:child_process'

export const BENCH_API_KEY = 'phx_demo_full'

export interface RunningMockServer {
  url: string
  stop: () => void
}

/** Starts `mocks/server.ts` with `insights` insights on a free port and resolves once it listens. */
export async function startMockServer(insights: number): Promise<RunningMockServer> {
  const child: ChildProcess = spawn('npx', ['tsx', 'mocks/server.ts', '--insights', String(insights), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`mock server did not start:\n${output}`)), 120_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.on('exit', (code) => reject(new Error(`mock server exited with ${code}:\n${output}`)))
  })
  child.stdout?.resume()
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid)
    },
  }
}

/** Settings for a page of the built app in API mode against its own origin, which `vite preview` proxies to the mock. */
export const sameOriginApiSettings = `(() => {
  localStorage.setItem('insight-desk:connection', JSON.stringify({ state: { mode: 'api', host: '', projectId: '1', pathFamily: 'projects', rememberKey: false }, version: 1 }))
  sessionStorage.setItem('insight-desk:api-key', '${BENCH_API_KEY}')
})()`
