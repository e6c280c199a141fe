import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export interface MockServerProcess {
  url: string
  stop: () => void
}

const root = fileURLToPath(new URL('..', import.meta.url))
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

/**
 * Starts `mocks/server.ts` as its own process on a port the OS picks, for end-to-end tests and the benchmark, and
 * resolves with its URL once it listens (rejects if it exits or stays silent).
 */
export function startMockServerProcess(insights: number, timeoutMs = 60_000): Promise<MockServerProcess> {
  const child = spawn(process.execPath, [tsxCli, 'mocks/server.ts', '--port', '0', '--insights', String(insights)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`mock server did not start within ${timeoutMs / 1000} s:\n${output}`))
    }, timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ url: match[1], stop: () => child.kill('SIGTERM') })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`mock server exited with code ${String(code)}:\n${output}`))
    })
  })
}
