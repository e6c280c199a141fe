export interface DiffSegment {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** Beyond this many token pairs the LCS table gets slow; such texts are shown as replaced whole. */
const MAX_CELLS = 250_000

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '')
}

function push(segments: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  const last = segments.at(-1)
  if (last && last.kind === kind) last.text += text
  else segments.push({ kind, text })
}

/**
 * A word-level diff of two texts (longest common subsequence over words and the spaces between them), merged into
 * runs so "renamed A to B" reads as one removed and one added run rather than a confetti of words.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const a = tokens(before)
  const b = tokens(after)
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ]
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], filled from the end.
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  const segments: DiffSegment[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const tokenA = a[i] ?? ''
    const tokenB = b[j] ?? ''
    if (tokenA === tokenB) {
      push(segments, 'same', tokenA)
      i++
      j++
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      push(segments, 'removed', tokenA)
      i++
    } else {
      push(segments, 'added', tokenB)
      j++
    }
  }
  for (; i < a.length; i++) push(segments, 'removed', a[i] ?? '')
  for (; j < b.length; j++) push(segments, 'added', b[j] ?? '')
  return segments
}
