// Relevance of the library's search on the labelled questions (tests/library/labelled-questions.json):
// hit@1, hit@5 and mean reciprocal rank. Shared by `npm run bench` (through the servers) and the
// relevance spec (in process), so both count the same way.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const LABELLED = 'tests/library/labelled-questions.json'

/** The labelled questions: `{ q, a: ['民法典 1079', …], heldOut? }`. */
export function labelledQuestions(root) {
  return JSON.parse(readFileSync(join(root, LABELLED), 'utf8')).questions
}

/** An article as a search answers it: its id ends with its number (`<law id>-<number>`), its law's title. */
function isTarget(target, hit) {
  const at = target.lastIndexOf(' ')
  const short = hit.lawTitle.replace(/^中华人民共和国/, '')
  return short === target.slice(0, at) && hit.id.endsWith(`-${target.slice(at + 1)}`)
}

/** Runs `search(q)` (hits best first) on each question and scores where the first target lands. */
export async function measureRelevance(questions, search) {
  let hit1 = 0
  let hit5 = 0
  let rr = 0
  const misses = []
  for (const question of questions) {
    const hits = await search(question.q)
    const rank = hits.findIndex((h) => question.a.some((t) => isTarget(t, h)))
    if (rank === 0) hit1++
    if (rank >= 0 && rank < 5) hit5++
    else misses.push(question.q)
    if (rank >= 0) rr += 1 / (rank + 1)
  }
  const n = questions.length
  return { questions: n, hit1: hit1 / n, hit5: hit5 / n, mrr: rr / n, misses }
}
