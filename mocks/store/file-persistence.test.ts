import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filePersistence, type FileSystemCalls } from './file-persistence'

function dataFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mock-data-'))
  return { dir, file: join(dir, 'db.json') }
}

/** Real file calls, recorded in order, with one of them made to fail like a crash or a full disk would. */
function recordingFs(failAt: keyof FileSystemCalls | 'half-write' | null, calls: string[] = []): FileSystemCalls {
  return {
    openSync: (...args: Parameters<typeof openSync>) => (calls.push('open'), openSync(...args)),
    writeSync: (fd, text) => {
      calls.push('write')
      if (failAt === 'half-write') {
        writeSync(fd, text.slice(0, text.length / 2))
        throw new Error('ENOSPC: no space left on device')
      }
      return writeSync(fd, text)
    },
    fsyncSync: (fd) => {
      calls.push('fsync')
      if (failAt === 'fsyncSync') throw new Error('EIO')
      fsyncSync(fd)
    },
    closeSync: (fd) => (calls.push('close'), closeSync(fd)),
    renameSync: (from, to) => {
      calls.push('rename')
      if (failAt === 'renameSync') throw new Error('EXDEV')
      renameSync(from, to)
    },
  }
}

describe('the --data file', () => {
  it('writes the whole text to a temporary file, flushes it, and only then renames it over the data file', () => {
    const { dir, file } = dataFile()
    const calls: string[] = []
    const persistence = filePersistence(file, recordingFs(null, calls))
    expect(persistence.save('{"version":1}')).toBe(true)
    expect(calls).toEqual(['open', 'write', 'fsync', 'close', 'rename'])
    expect(persistence.load()).toBe('{"version":1}')
    expect(readdirSync(dir)).toEqual(['db.json'])
  })

  it.each(['half-write', 'fsyncSync', 'renameSync'] as const)(
    'keeps the last good database when the save breaks off (%s), and leaves no temporary file behind',
    (failAt) => {
      const { dir, file } = dataFile()
      writeFileSync(file, '{"last":"good"}')
      const persistence = filePersistence(file, recordingFs(failAt))
      expect(persistence.save(`{"next":"${'x'.repeat(10_000)}"}`)).toBe(false)
      expect(readFileSync(file, 'utf8')).toBe('{"last":"good"}')
      expect(filePersistence(file).load()).toBe('{"last":"good"}')
      expect(readdirSync(dir)).toEqual(['db.json'])
    },
  )

  it('clear removes the file, and load then finds nothing', () => {
    const { file } = dataFile()
    const persistence = filePersistence(file)
    persistence.save('{}')
    persistence.clear()
    expect(persistence.load()).toBeNull()
  })
})
