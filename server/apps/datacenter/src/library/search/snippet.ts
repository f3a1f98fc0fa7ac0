/** A run of a snippet's text, marked when it is a word the query looked for. */
export interface SnippetPart {
  text: string
  hit: boolean
}

/** Where the words occur in the text, as [start, end) runs merged where they touch or overlap. */
function hitRuns(text: string, words: readonly string[]): [number, number][] {
  const runs: [number, number][] = []
  for (const w of new Set(words)) {
    if (!w) continue
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) runs.push([at, at + w.length])
  }
  runs.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const r of runs) {
    const last = merged.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/**
 * A window of about `size` characters of the text where the words are densest, cut into plain
 * and hit runs (the client marks the hits; no markup travels). `…` says the text goes on.
 */
export function snippet(text: string, words: readonly string[], size = 80): SnippetPart[] {
  const runs = hitRuns(text.toLowerCase(), words)
  let start = 0
  if (text.length > size && runs.length) {
    // The window that starts at a hit and covers the most hit characters.
    let best = -1
    for (const [from] of runs) {
      const covered = runs.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, from + size) - Math.max(a, from)), 0)
      if (covered > best) {
        best = covered
        start = from
      }
    }
    // A little of what comes before the first hit, from the start of its sentence when that is near.
    const sentence = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1
    start = start - sentence <= 20 ? sentence : start - 10
    start = Math.max(0, Math.min(start, text.length - size))
  }
  const end = Math.min(text.length, start + size)
  const parts: SnippetPart[] = []
  const push = (s: string, hit: boolean) => {
    if (!s) return
    const last = parts.at(-1)
    if (last && last.hit === hit) last.text += s
    else parts.push({ text: s, hit })
  }
  if (start > 0) push('…', false)
  let at = start
  for (const [a, b] of runs) {
    if (b <= start || a >= end) continue
    push(text.slice(at, Math.max(a, start)), false)
    push(text.slice(Math.max(a, start), Math.min(b, end)), true)
    at = Math.min(b, end)
  }
  push(text.slice(at, end), false)
  if (end < text.length) push('…', false)
  return parts
}
