// What the library serves, against the shipped files, on a real (in-memory, migrated) PGlite: every
// article page's text is its file's lines, and the shipped lists reach the database until operators
// replace them.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { PGlite } from '@electric-sql/pglite'
import { migratedPglite, type Db } from '../db/database.js'
import { DbContext, TransactionScope } from '../db/transactions.js'
import { LIBRARY_DATA, loadLibrary, shippedLists } from './library-data.js'
import { markEdited, readTerms, writeShippedLists } from './library-lists.js'
import { LibraryIndexService } from './library-index.service.js'
import { LibraryRepository } from './library.repository.js'
import { LibraryService } from './library.service.js'
import { libraryArticles, librarySources } from './library.schema.js'

describe('the library as served', () => {
  let client: PGlite
  let db: Db
  let library: LibraryService

  before(async () => {
    client = await PGlite.create('memory://')
    db = await migratedPglite(client)
    await loadLibrary(db)
    const repo = new LibraryRepository(new DbContext(db, new TransactionScope()))
    library = new LibraryService(repo, new LibraryIndexService(repo))
  })
  after(() => client.close())

  it("gives every article's text exactly as its file's lines", async () => {
    // Which file each law came from, and its lines as written.
    const files = (await db.select({ path: librarySources.path }).from(librarySources)).map((s) => s.path)
    const lines = new Map(
      files.map((f) => [
        f,
        readFileSync(join(LIBRARY_DATA, 'laws', f), 'utf8')
          .split(/\r?\n/)
          .map((l) => l.trim())
          // Blank as the reader sees it: a line of a zero-width space is (民事诉讼法).
          .filter((l) => l.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')),
      ]),
    )
    const all = [...lines.values()]
    const ids = (await db.select({ id: libraryArticles.id }).from(libraryArticles)).map((a) => a.id)
    assert.ok(ids.length > 5000, `${ids.length} articles`)
    let checked = 0
    for (const id of ids) {
      const page = await library.article(id)
      const first = `${page.numberText} ${page.paragraphs[0]}`
      // Its first line, as the file writes it (one writes `第一百二十八 条…`), in a file of its law.
      const isFirst = (l: string) =>
        l.replace(/^(第[^\s条]+)(?:[ \u3000]+条[ \u3000]*|条[ \u3000]+)/, '$1条 ') === first
      // The files of its law holding that line (two versions of a law may share it): one must hold
      // its other paragraphs as the lines right after it, none left out, none added.
      const candidates = all.filter((ls) => ls[0] === `# ${page.lawTitle}` && ls.some(isFirst))
      assert.ok(candidates.length, `${page.citation}: no file of ${page.lawTitle} has the line "${first.slice(0, 40)}"`)
      const holds = (ls: string[]) => {
        const at = ls.findIndex(isFirst)
        const rest = ls.slice(at + 1, at + page.paragraphs.length)
        const next = ls[at + page.paragraphs.length]
        const ends = next === undefined || next.startsWith('#') || /^第[^\s条]+[ \u3000]*条/.test(next)
        return ends && rest.length === page.paragraphs.length - 1 && rest.every((l, i) => l === page.paragraphs[i + 1])
      }
      assert.ok(candidates.some(holds), `${page.citation}: its paragraphs are not its file's lines`)
      checked++
    }
    assert.equal(checked, ids.length)
  })

  it('cites with the short title, quoting a quoted law with 〈〉', async () => {
    const { items } = await library.search({ q: '彩礼', status: 'in-force', offset: 0, limit: 10 })
    const interpretation = items.find((i) => i.lawTitle.includes('婚姻家庭编的解释'))
    assert.ok(interpretation)
    assert.match(
      interpretation.citation,
      /^《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）》第.+条$/,
    )
    const [divorce] = (await library.search({ q: '民法典第一千零七十九条', status: 'in-force', offset: 0, limit: 1 }))
      .items
    assert.equal(divorce.citation, '《民法典》第一千零七十九条')
  })

  it('links an article to its neighbours and a case to the articles it applies', async () => {
    const [hit] = (await library.search({ q: '劳动合同法第三十条', status: 'in-force', offset: 0, limit: 1 })).items
    const page = await library.article(hit.id)
    assert.equal(page.previous?.numberText, '第二十九条')
    assert.equal(page.next?.numberText, '第三十一条')
    const cases = await library.cases()
    const withArticles = await Promise.all(cases.items.slice(0, 20).map((c) => library.caseDetail(c.id)))
    const linked = withArticles.find((c) => c.articles.length > 0)
    assert.ok(linked, 'some case applies an article the library holds')
    const article = await library.article(linked.articles[0].id)
    assert.ok(
      article.cases.some((c) => c.id === linked.id),
      'and the article page lists that case',
    )
  })

  it('writes the shipped lists until operators replace one, then leaves it', async () => {
    const shipped = shippedLists()
    assert.ok(shipped.terms.length >= 150 && shipped.questions.length >= 60)
    assert.deepEqual(await readTerms(db), shipped.terms)
    // Unchanged: nothing written.
    assert.deepEqual(await writeShippedLists(db, shipped), { terms: false, questions: false })
    // A newer shipped list is written where operators have not edited.
    const newer = { ...shipped, terms: [...shipped.terms, { everyday: '测试词', legal: ['测试'] }] }
    assert.deepEqual(await writeShippedLists(db, newer), { terms: true, questions: false })
    assert.equal((await readTerms(db)).length, shipped.terms.length + 1)
    // Once operators replace it, a shipped list no longer does.
    await db.transaction((tx) => markEdited(tx, 'terms', new Date()))
    assert.deepEqual(await writeShippedLists(db, shipped), { terms: false, questions: false })
    assert.equal((await readTerms(db)).length, shipped.terms.length + 1)
  })
})
