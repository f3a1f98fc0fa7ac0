import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import type { Db, Tx } from '../db/database.js'
import {
  libraryArticles,
  libraryCaseArticles,
  libraryCases,
  libraryLaws,
  librarySources,
  type CaseSectionRow,
} from './library.schema.js'
import { citedArticles, parseCaseText } from './texts/case-text.js'
import { CASES, lawShortTitle, lawSourceOf, type LawSource } from './texts/law-files.js'
import { parseLawText, type LawText } from './texts/law-text.js'

/** What an import did: laws and cases written again (their files changed or are new), removed, and left alone. */
export interface LibraryImport {
  laws: { written: number; removed: number; unchanged: number }
  cases: { written: number; removed: number; unchanged: number }
  articles: number
}

const NOT_TEXTS = new Set(['_index.md', 'SOURCE.md'])
const CHUNK = 500

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex')
const idOf = (kind: string, key: string) => `${kind}-${hashOf(key).slice(0, 12)}`

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !NOT_TEXTS.has(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

interface LawFile extends LawSource {
  path: string
  hash: string
  text: LawText
}

/** Inserts rows a chunk at a time (a statement's parameters are bounded). */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK))
}

/**
 * Imports the law texts and example cases the data center ships (data/laws, SOURCE.md) into the
 * library, and does it again idempotently: a file whose text is unchanged is not read into the
 * database again; a law with a changed, new or removed file is written again whole (the Civil Code
 * is one law of eight files), a changed case likewise; a removed file's rows go. Which version of a
 * title is in force, and the articles each case applies, are worked out again when any law changed.
 * One transaction: a half-done import is never seen.
 */
export async function importLibrary(db: Db, dir: string): Promise<LibraryImport> {
  const files = markdownFiles(dir).map((path) => {
    const source = readFileSync(join(dir, path), 'utf8')
    return { path, source, hash: hashOf(source) }
  })
  const known = new Map((await db.select().from(librarySources)).map((s) => [s.path, s.hash]))
  const changed = (f: { path: string; hash: string }) => known.get(f.path) !== f.hash
  const present = new Set(files.map((f) => f.path))
  const gone = [...known.keys()].filter((p) => !present.has(p))
  const result: LibraryImport = {
    laws: { written: 0, removed: 0, unchanged: 0 },
    cases: { written: 0, removed: 0, unchanged: 0 },
    articles: 0,
  }
  if (!gone.length && !files.some(changed)) {
    result.laws.unchanged = files.filter((f) => !f.path.startsWith(`${CASES}/`)).length
    result.cases.unchanged = files.length - result.laws.unchanged
    return result
  }

  const lawFiles: LawFile[] = files
    .filter((f) => !f.path.startsWith(`${CASES}/`))
    .map((f) => {
      const text = parseLawText(f.source, f.path)
      return { path: f.path, hash: f.hash, text, ...lawSourceOf(f.path) }
    })
  // A law is its category, title and version; the Civil Code's books share them.
  const laws = new Map<string, LawFile[]>()
  for (const f of lawFiles) {
    const key = `${f.category}/${f.text.title}/${f.version ?? ''}`
    laws.set(key, [...(laws.get(key) ?? []), f])
  }
  // A removed file leaves no text to say which law it was part of: every law of its folder (its
  // category) is written again, so a law of several files (the Civil Code) loses that file's part.
  const goneCategories = new Set(gone.filter((p) => !p.startsWith(`${CASES}/`)).map((p) => p.split('/')[0]))
  const caseFiles = files.filter((f) => f.path.startsWith(`${CASES}/`))

  await db.transaction(async (tx) => {
    // Laws: one whose files all kept their hash is left alone.
    const existing = new Set((await tx.select({ id: libraryLaws.id }).from(libraryLaws)).map((l) => l.id))
    const keep = new Set<string>()
    const order = [...laws.keys()].sort()
    for (const [sort, key] of order.entries()) {
      const parts = laws.get(key) ?? []
      const id = idOf('law', key)
      keep.add(id)
      const first = parts[0]
      if (existing.has(id) && !goneCategories.has(first.category) && !parts.some(changed)) {
        result.laws.unchanged++
        continue
      }
      await tx.delete(libraryLaws).where(eq(libraryLaws.id, id))
      const books = [...parts].sort((a, b) => a.text.articles[0].number - b.text.articles[0].number)
      await tx.insert(libraryLaws).values({
        id,
        category: first.category,
        title: first.text.title,
        // A law whose files carry no date in their names is dated by its last event.
        version:
          first.version ??
          books
            .flatMap((b) => b.text.history.map((e) => e.date))
            .sort()
            .at(-1) ??
          '',
        inForce: true,
        history: books.flatMap((b) => b.text.history),
        preamble: books.flatMap((b) => b.text.preamble),
        sort,
      })
      const rows = books.flatMap((b) =>
        b.text.articles.map((a) => ({
          id: `${id}-${a.number}`,
          lawId: id,
          number: a.number,
          numberText: a.numberText,
          book: b.text.book,
          headings: a.headings,
          paragraphs: a.paragraphs,
        })),
      )
      await insertAll(rows, (chunk) => tx.insert(libraryArticles).values(chunk))
      result.laws.written++
      result.articles += rows.length
    }
    const removed = [...existing].filter((id) => !keep.has(id))
    if (removed.length) await tx.delete(libraryLaws).where(inArray(libraryLaws.id, removed))
    result.laws.removed = removed.length
    if (result.laws.written || removed.length) await markInForce(tx)

    // Cases: written again when their file changed, linked again to the articles they cite when any law did.
    const lawsChanged = result.laws.written > 0 || removed.length > 0
    const citable = lawsChanged || caseFiles.some(changed) ? await citableArticles(tx) : null
    const caseIds = new Set<string>()
    for (const f of caseFiles) {
      const id = idOf('case', f.path)
      caseIds.add(id)
      if (!changed(f) && !lawsChanged) {
        result.cases.unchanged++
        continue
      }
      const text = parseCaseText(f.source, f.path)
      if (changed(f)) {
        await tx.delete(libraryCases).where(eq(libraryCases.id, id))
        await tx
          .insert(libraryCases)
          .values({ id, category: f.path.split('/')[1], title: text.title, sections: text.sections })
        result.cases.written++
      } else {
        await tx.delete(libraryCaseArticles).where(eq(libraryCaseArticles.caseId, id))
        result.cases.unchanged++
      }
      const cited = citable ? casesArticles(text.sections, citable) : []
      if (cited.length)
        await tx.insert(libraryCaseArticles).values(cited.map((articleId, sort) => ({ caseId: id, articleId, sort })))
    }
    const oldCases = (await tx.select({ id: libraryCases.id }).from(libraryCases)).filter((c) => !caseIds.has(c.id))
    if (oldCases.length)
      await tx.delete(libraryCases).where(
        inArray(
          libraryCases.id,
          oldCases.map((c) => c.id),
        ),
      )
    result.cases.removed = oldCases.length

    // The hashes last: what is recorded is what was written.
    await tx.delete(librarySources)
    await insertAll(
      files.map((f) => ({ path: f.path, hash: f.hash })),
      (chunk) => tx.insert(librarySources).values(chunk),
    )
  })
  return result
}

/** Of the versions of a title, the latest is in force; only rows whose flag changes are written. */
async function markInForce(tx: Tx): Promise<void> {
  const all = await tx
    .select({
      id: libraryLaws.id,
      title: libraryLaws.title,
      version: libraryLaws.version,
      inForce: libraryLaws.inForce,
    })
    .from(libraryLaws)
  const latest = new Map<string, string>()
  for (const l of all) if ((latest.get(l.title) ?? '') < l.version) latest.set(l.title, l.version)
  for (const l of all) {
    const inForce = latest.get(l.title) === l.version
    if (inForce !== l.inForce) await tx.update(libraryLaws).set({ inForce }).where(eq(libraryLaws.id, l.id))
  }
}

/** The articles of the laws in force, by their law's short title and their number. */
async function citableArticles(tx: Tx): Promise<Map<string, Map<number, string>>> {
  const rows = await tx
    .select({ title: libraryLaws.title, number: libraryArticles.number, id: libraryArticles.id })
    .from(libraryArticles)
    .innerJoin(libraryLaws, eq(libraryLaws.id, libraryArticles.lawId))
    .where(eq(libraryLaws.inForce, true))
  const byLaw = new Map<string, Map<number, string>>()
  for (const r of rows) {
    const name = lawShortTitle(r.title)
    byLaw.set(name, (byLaw.get(name) ?? new Map<number, string>()).set(r.number, r.id))
  }
  return byLaw
}

/** The article ids a case's text cites, in order, of the articles the library holds. */
function casesArticles(sections: CaseSectionRow[], citable: Map<string, Map<number, string>>): string[] {
  const text = sections.flatMap((s) => s.paragraphs).join('\n')
  const ids = citedArticles(text, [...citable.keys()]).flatMap((c) => citable.get(c.law)?.get(c.number) ?? [])
  return [...new Set(ids)]
}
