import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

let jieba: Jieba | null = null
// The dictionary takes about 150 ms to load: only a process that searches pays it, once.
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict))

/** Full-width letters and digits as half-width, letters in lower case: what people type matches what the texts say. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** A token worth indexing: it holds a letter or digit of any script. */
const WORDY = /[\p{L}\p{N}]/u

/**
 * Words that say nothing about the topic, in the statutes or in a question (的, 怎么办, 可以).
 * Dropped from the index and from queries; BM25 would rank them low anyway, but every one kept
 * costs a posting list scanned on every query.
 */
const STOP = new Set(
  (
    '的 了 着 过 是 在 和 与 及 或 或者 以及 并 并且 而 但 但是 如果 因为 所以 就 都 也 又 再 才 把 被 给 让 对 向 从 于 以 为 之 其 ' +
    '该 此 这 那 这个 那个 这样 那样 这些 那些 我 你 他 她 它 我们 你们 他们 她们 咱 俺 自己 人家 吗 呢 啊 吧 呀 哦 嘛 啦 么 ' +
    '怎么 怎么办 怎样 怎么样 如何 什么 啥 哪 哪些 哪里 谁 多少 几 为什么 为啥 能 能不能 可以 可不可以 会 要 想 得 应该 应当 ' +
    '有 没 没有 不 是不是 有没有 一个 一下 一些 现在 已经 请问 问 一 个 些 等 等等 后 前 时 中 上 下 里'
  ).split(' '),
)

/**
 * The words of a text as the index and queries use them: jieba's search mode (a long word and the
 * words inside it: 拖欠工资 → 拖欠, 工资, 拖欠工资), normalized, without stop words and punctuation.
 */
export function terms(text: string): string[] {
  return segmenter()
    .cutForSearch(normalize(text), false)
    .filter((t) => WORDY.test(t) && !STOP.has(t))
}

/** How much a word inside a longer word of a query counts (工资 in 拖欠工资): it widens the match without outweighing the whole. */
const INNER = 0.3

/**
 * The terms of a query, weighted: each word of jieba's plain mode at `weight`, and the shorter
 * words inside it (which the index also holds) at a fraction of it, so that a long word the
 * statutes may split differently still matches, and does not count three times when they do not.
 */
export function queryTerms(text: string, weight = 1): { term: string; weight: number }[] {
  const out: { term: string; weight: number }[] = []
  for (const word of segmenter().cut(normalize(text), false)) {
    if (!WORDY.test(word) || STOP.has(word)) continue
    out.push({ term: word, weight })
    if (word.length < 3) continue
    for (const inner of segmenter().cutForSearch(word, false)) {
      if (inner !== word && WORDY.test(inner) && !STOP.has(inner)) out.push({ term: inner, weight: weight * INNER })
    }
  }
  return out
}

const HAN = /\p{Script=Han}/u

/** The Chinese characters of a text, each as a term of its own kind: the index's fallback for words it does not know. */
export function characters(text: string): string[] {
  return [...normalize(text)].filter((c) => HAN.test(c) && !STOP.has(c)).map((c) => `#${c}`)
}
