import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { MockPersistence } from './persistence'

/** The file system calls the save makes, so a test can break one midway and see what is left. */
export interface FileSystemCalls {
  openSync: typeof openSync
  writeSync: (fd: number, text: string) => number
  fsyncSync: typeof fsyncSync
  closeSync: typeof closeSync
  renameSync: typeof renameSync
}

const nodeFileSystem: FileSystemCalls = { openSync, writeSync, fsyncSync, closeSync, renameSync }

/**
 * The HTTP mock server's `--data` file. A save writes a temporary file beside it, flushes it to disk, then renames it
 * over the old one: a rename within a directory is atomic, so a crash at any point leaves either the last good
 * database or the new one, never half of one. The flush before the rename matters on power loss, when the rename could
 * otherwise reach the disk before the data it points to.
 */
export function filePersistence(file: string, fs: FileSystemCalls = nodeFileSystem): MockPersistence {
  const temporary = `${file}.${process.pid}.tmp`
  return {
    load: () => (existsSync(file) ? readFileSync(file, 'utf8') : null),
    save: (serialized) => {
      try {
        const fd = fs.openSync(temporary, 'w')
        try {
          fs.writeSync(fd, serialized)
          fs.fsyncSync(fd)
        } finally {
          fs.closeSync(fd)
        }
        fs.renameSync(temporary, file)
        syncDirectory(file)
        return true
      } catch {
        rmSync(temporary, { force: true })
        return false
      }
    },
    clear: () => rmSync(file, { force: true }),
  }
}

/** Makes the rename itself durable; some systems cannot open a directory, and the rename already happened then. */
function syncDirectory(file: string): void {
  try {
    const fd = openSync(dirname(file), 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Nothing to do: the data file is complete either way.
  }
}
