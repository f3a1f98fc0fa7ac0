/** Bytes `start` to `end` of a file, both included. */
export interface ByteRange {
  start: number
  end: number
}

/**
 * The one range a `Range: bytes=…` header asks for in a file of `size` bytes: `a-b`, `a-` or the
 * last `-n`. Null when there is no header, it is not about bytes, or it asks for several ranges
 * (the whole file is a valid answer to those); 'unsatisfiable' when it starts past the end.
 * Audio players seek with it, and Safari will not play a voice note without it.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!m || (m[1] === '' && m[2] === '')) return null
  if (m[1] === '') {
    const last = Number(m[2])
    if (last === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - last), end: size - 1 }
  }
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size || end < start) return 'unsatisfiable'
  return { start, end }
}
