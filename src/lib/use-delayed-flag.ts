import { useEffect, useState } from 'react'

/** `flag`, once it has stayed true for `delayMs`: a cue for a slow wait that a fast one never flashes. */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setLate(true), delayMs)
    return () => {
      clearTimeout(timer)
      setLate(false)
    }
  }, [flag, delayMs])
  return flag && late
}
