export interface MockWorkerFiles {
  workerFile: string
  packagedWorkerFile: string
  exists: (path: string) => boolean
  copy: (from: string, to: string) => void
}

export function ensureMockWorker(files: MockWorkerFiles): { restored: boolean; problem: string | null }
