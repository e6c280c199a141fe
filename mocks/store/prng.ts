/** A seeded PRNG (mulberry32): the same seed always yields the same sequence, so the demo data never shifts. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** `count` distinct items in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new RangeError('pick() needs at least one item')
      return item
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items]
      const out: T[] = []
      while (out.length < count && pool.length > 0) {
        const [item] = pool.splice(Math.floor(next() * pool.length), 1)
        if (item !== undefined) out.push(item)
      }
      return out
    },
  }
}

/** FNV-1a: a stable 32-bit seed from any string, so a result depends only on the insight it belongs to. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** PostHog's short ids and tokens: letters and digits. */
export function randomToken(random: Random, length: number): string {
  let token = ''
  for (let index = 0; index < length; index++) token += ALPHANUMERIC[Math.floor(random.next() * ALPHANUMERIC.length)]
  return token
}

/** A version-4-shaped UUID drawn from the PRNG (stable across runs, unlike crypto.randomUUID). */
export function randomUuid(random: Random): string {
  const hex = (count: number): string => {
    let out = ''
    for (let index = 0; index < count; index++) out += Math.floor(random.next() * 16).toString(16)
    return out
  }
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(random.next() * 4)).toString(16)}${hex(3)}-${hex(12)}`
}
