export function isPortFree(port: number): Promise<boolean>
export function findFreePort(
  start: number,
  isFree?: (port: number) => Promise<boolean>,
  attempts?: number,
): Promise<number | null>
