// The library's import of the shipped law texts, on a real (in-memory, migrated) PGlite: everything
// read in once, again without touching what did not change, and a changed or removed file followed.
import assert from 'node:assert/strict'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { PGlite } from '@electric-sql/pglite'
import { and, count, eq, sql } from 'drizzle-orm'
import { migratedPglite, type Db } from '../db/database.js'
import { importLibrary } from './library-import.js'
import { libraryArticles, libraryCaseArticles, libraryCases, libraryLaws } from './library.schema.js'

const SHIPPED = fileURLToPath(new URL('../../../../../apps/datacenter/data/laws', import.meta.url))
const AID = '行政法/法律援助法(2021-08-20).md'

describe('the library import', () => {
  let client: PGlite
  let db: Db
  let dir: string

  before(async () => {
    client = await PGlite.create('memory://')
    db = await migratedPglite(client)
    // A copy: the tests change and remove files.
    dir = mkdtempSync(join(tmpdir(), 'pocket-laws-'))
    cpSync(SHIPPED, dir, { recursive: true })
  })
  after(async () => {
    await client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const lawTitled = async (title: string) => db.select().from(libraryLaws).where(eq(libraryLaws.title, title))
  const articleOf = async (lawId: string, number: number) =>
    (
      await db
        .select()
        .from(libraryArticles)
        .where(and(eq(libraryArticles.lawId, lawId), eq(libraryArticles.number, number)))
    )[0]
  /** Each article's row version: a row written again gets a new one. */
  const rowVersions = async () =>
    new Map(
      (await db.select({ id: libraryArticles.id, xmin: sql<string>`xmin::text` }).from(libraryArticles)).map((r) => [
        r.id,
        r.xmin,
      ]),
    )

  it('reads in every law with its articles, the Civil Code as one law of its books, and the cases with the articles they apply', async () => {
    const first = await importLibrary(db, dir)
    assert.ok(first.laws.written > 50, `laws: ${first.laws.written}`)
    assert.ok(first.articles > 5000, `articles: ${first.articles}`)
    assert.ok(first.cases.written > 40, `cases: ${first.cases.written}`)

    const [code] = await lawTitled('中华人民共和国民法典')
    assert.equal(code.inForce, true)
    const family = await articleOf(code.id, 1053)
    assert.equal(family.numberText, '第一千零五十三条')
    assert.equal(family.book, '婚姻家庭编')
    assert.match(family.paragraphs[0], /^一方患有重大疾病的，应当在结婚登记前如实告知另一方/)
    assert.equal((await articleOf(code.id, 1260)).book, '附则')

    // Two versions of one title: the latest is in force.
    const review = await lawTitled('中华人民共和国行政复议法')
    assert.deepEqual(review.map((l) => [l.version, l.inForce]).sort(), [
      ['2017-09-01', false],
      ['2023-09-01', true],
    ])

    const [disease] = await db
      .select()
      .from(libraryCases)
      .where(eq(libraryCases.title, '婚前隐瞒重大疾病 配偶可申请撤销婚姻'))
    const applied = await db
      .select({ id: libraryCaseArticles.articleId })
      .from(libraryCaseArticles)
      .where(eq(libraryCaseArticles.caseId, disease.id))
      .orderBy(libraryCaseArticles.sort)
    assert.deepEqual(
      applied.map((a) => a.id),
      [`${code.id}-1053`, `${code.id}-1054`],
    )
  })

  it('again, on unchanged files, writes nothing', async () => {
    const before = await rowVersions()
    const again = await importLibrary(db, dir)
    assert.deepEqual(again.laws, { written: 0, removed: 0, unchanged: again.laws.unchanged })
    assert.deepEqual(again.cases, { written: 0, removed: 0, unchanged: again.cases.unchanged })
    assert.deepEqual(await rowVersions(), before)
  })

  it('after a file changed, writes that law again and leaves every other law as it was', async () => {
    const before = await rowVersions()
    const [aid] = await lawTitled('中华人民共和国法律援助法')
    appendFileSync(join(dir, AID), '\n本条为测试所加的续段。\n')
    const changed = await importLibrary(db, dir)
    assert.equal(changed.laws.written, 1)
    assert.equal(changed.laws.removed, 0)
    const last = await articleOf(aid.id, 71)
    assert.equal(last.paragraphs.at(-1), '本条为测试所加的续段。')
    const after = await rowVersions()
    const rewritten = [...after.keys()].filter((id) => after.get(id) !== before.get(id))
    assert.ok(rewritten.length > 0)
    assert.ok(
      rewritten.every((id) => id.startsWith(`${aid.id}-`)),
      `rows of other laws were written: ${rewritten
        .filter((id) => !id.startsWith(aid.id))
        .slice(0, 3)
        .join(', ')}`,
    )
    // The case links were worked out again and still hold.
    const [{ n }] = await db.select({ n: count() }).from(libraryCaseArticles)
    assert.ok(n > 0)
  })

  it('after a file is removed, removes its law and its articles', async () => {
    const [aid] = await lawTitled('中华人民共和国法律援助法')
    rmSync(join(dir, AID))
    const removed = await importLibrary(db, dir)
    assert.equal(removed.laws.removed, 1)
    assert.deepEqual(await lawTitled('中华人民共和国法律援助法'), [])
    assert.equal(await articleOf(aid.id, 1), undefined)
    // The shipped file is untouched by all this.
    assert.match(readFileSync(join(SHIPPED, AID), 'utf8'), /^# 中华人民共和国法律援助法/)
  })

  it('after one file of a law of several is removed, keeps the law without that part', async () => {
    const [code] = await lawTitled('中华人民共和国民法典')
    rmSync(join(dir, '民法典/附则.md'))
    await importLibrary(db, dir)
    assert.equal(await articleOf(code.id, 1260), undefined)
    assert.equal((await articleOf(code.id, 1053)).book, '婚姻家庭编')
  })
})
