import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '../..')
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/

/**
 * Where server code may hold words people read: seeded and demo content (catalogue, guides,
 * directory, laws), and the templates of one language (`templates/<lang>.ts`: SMS, subscribe
 * messages, the names a new account starts with), and the library's readers of the law texts it
 * ships and of queries (`library/texts/`, `library/search/`: their grammar — 第N条, Chinese
 * numerals, sentence marks, words too common to search by — not words anyone reads).
 * Everything else a person reads leaves the servers as a notice key (contract/src/notices.ts) and
 * is written by the client in their language.
 */
const MAY_SPEAK = [
  /\.seed\.ts$/,
  /\/demo-[^/]*\.ts$/,
  /\/templates\/[a-z]{2}(-[A-Z]{2})?\.ts$/,
  /\/library\/(texts|search)\/[^/]*\.ts$/,
  /\.(nest-)?spec\.ts$/,
]

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sources(path)
    else if (name.endsWith('.ts')) yield path
  }
}

/**
 * Lines of code (not comments) that hold Chinese, as file:line. `docs`: a route's `summary` and a
 * document's `title` may (the API's documentation, not words the app shows).
 */
function speaking(path: string, docs = false): string[] {
  const lines = readFileSync(path, 'utf8').split('\n')
  let inBlock = false
  const found: string[] = []
  lines.forEach((line, i) => {
    const code = line.trim()
    if (inBlock) {
      if (code.includes('*/')) inBlock = false
      return
    }
    if (code.startsWith('/*') && !code.includes('*/')) {
      inBlock = true
      return
    }
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return
    if (docs && (/\b(summary|title):/.test(code) || /\bsummary:$/.test(lines[i - 1]?.trim() ?? ''))) return
    if (CJK.test(code.replace(/\s\/\/ .*$/, ''))) found.push(`${relative(ROOT, path)}:${i + 1}`)
  })
  return found
}

describe('server code and the words people read', () => {
  it('sends no Chinese outside seeded content and one-language templates', () => {
    const files = [...sources(join(ROOT, 'server/apps')), ...sources(join(ROOT, 'server/libs'))]
    expect(files.length).toBeGreaterThan(100)
    const offending = files.filter((path) => !MAY_SPEAK.some((re) => re.test(path))).flatMap((path) => speaking(path))
    expect(offending).toEqual([])
  })

  it('keeps the contract to codes and keys: its rules name notice keys, its enums are codes', () => {
    const files = [...sources(join(ROOT, 'contract/src'))]
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((path) => !/\.spec\.ts$/.test(path)).flatMap((path) => speaking(path, true))).toEqual([])
  })
})
