import { Injectable } from '@nestjs/common'
import { and, asc, count, desc, eq, gt, gte, lt, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import type { CommonQuestion, TermEntry } from '@pocket/contract'
import { editedAt, markEdited, readQuestions, readTerms, replaceList, type ListName } from './library-lists.js'
import {
  libraryArticles,
  libraryAskCounts,
  libraryCaseArticles,
  libraryCases,
  libraryEdits,
  libraryLaws,
  libraryUnansweredTerms,
} from './library.schema.js'

const lawColumns = {
  id: libraryLaws.id,
  title: libraryLaws.title,
  category: libraryLaws.category,
  version: libraryLaws.version,
  inForce: libraryLaws.inForce,
}

export type LawRow = { [K in keyof typeof lawColumns]: (typeof libraryLaws.$inferSelect)[K] }

export type AskOutcome = 'question' | 'library' | 'none'

/** The library's reads and its two writes (the lists, the counts); the texts are written by the import alone. */
@Injectable()
export class LibraryRepository {
  constructor(private readonly db: DbContext) {}

  /** Every article with its law, in the laws' order: what the search indexes. */
  articlesToIndex() {
    return this.db.q
      .select({
        id: libraryArticles.id,
        lawId: libraryArticles.lawId,
        number: libraryArticles.number,
        numberText: libraryArticles.numberText,
        headings: libraryArticles.headings,
        paragraphs: libraryArticles.paragraphs,
        law: lawColumns,
      })
      .from(libraryArticles)
      .innerJoin(libraryLaws, eq(libraryLaws.id, libraryArticles.lawId))
      .orderBy(asc(libraryLaws.sort), asc(libraryArticles.number))
  }

  /** Every case with the articles it applies: what the case search indexes. */
  async casesWithArticles() {
    const [cases, links] = await Promise.all([
      this.db.q
        .select({
          id: libraryCases.id,
          title: libraryCases.title,
          category: libraryCases.category,
          sections: libraryCases.sections,
        })
        .from(libraryCases)
        .orderBy(asc(libraryCases.category), asc(libraryCases.title)),
      this.db.q
        .select({ caseId: libraryCaseArticles.caseId, articleId: libraryCaseArticles.articleId })
        .from(libraryCaseArticles)
        .orderBy(asc(libraryCaseArticles.caseId), asc(libraryCaseArticles.sort)),
    ])
    const byCase = new Map<string, string[]>()
    for (const l of links) byCase.set(l.caseId, [...(byCase.get(l.caseId) ?? []), l.articleId])
    return cases.map((c) => ({ ...c, articleIds: byCase.get(c.id) ?? [] }))
  }

  /** The laws with how many articles each has. */
  laws() {
    return this.db.q
      .select({ ...lawColumns, articleCount: count(libraryArticles.id) })
      .from(libraryLaws)
      .leftJoin(libraryArticles, eq(libraryArticles.lawId, libraryLaws.id))
      .groupBy(libraryLaws.id)
      .orderBy(asc(libraryLaws.sort))
  }

  async law(id: string) {
    const [law] = await this.db.q
      .select({ ...lawColumns, history: libraryLaws.history, preamble: libraryLaws.preamble })
      .from(libraryLaws)
      .where(eq(libraryLaws.id, id))
    return law ?? null
  }

  /** A law's articles without their text: its table of contents. */
  outline(lawId: string) {
    return this.db.q
      .select({
        id: libraryArticles.id,
        numberText: libraryArticles.numberText,
        headings: libraryArticles.headings,
        book: libraryArticles.book,
      })
      .from(libraryArticles)
      .where(eq(libraryArticles.lawId, lawId))
      .orderBy(asc(libraryArticles.number))
  }

  async article(id: string) {
    const [row] = await this.db.q
      .select({
        id: libraryArticles.id,
        number: libraryArticles.number,
        numberText: libraryArticles.numberText,
        book: libraryArticles.book,
        headings: libraryArticles.headings,
        paragraphs: libraryArticles.paragraphs,
        law: lawColumns,
      })
      .from(libraryArticles)
      .innerJoin(libraryLaws, eq(libraryLaws.id, libraryArticles.lawId))
      .where(eq(libraryArticles.id, id))
    return row ?? null
  }

  /** The article before or after `number` in its law (numbers may skip). */
  async neighbour(lawId: string, number: number, side: 'previous' | 'next') {
    const [row] = await this.db.q
      .select({ id: libraryArticles.id, numberText: libraryArticles.numberText })
      .from(libraryArticles)
      .where(
        and(
          eq(libraryArticles.lawId, lawId),
          side === 'previous' ? lt(libraryArticles.number, number) : gt(libraryArticles.number, number),
        ),
      )
      .orderBy(side === 'previous' ? desc(libraryArticles.number) : asc(libraryArticles.number))
      .limit(1)
    return row ?? null
  }

  /** The cases that apply an article. */
  casesCiting(articleId: string) {
    return this.db.q
      .select({ id: libraryCases.id, title: libraryCases.title, category: libraryCases.category })
      .from(libraryCaseArticles)
      .innerJoin(libraryCases, eq(libraryCases.id, libraryCaseArticles.caseId))
      .where(eq(libraryCaseArticles.articleId, articleId))
      .orderBy(asc(libraryCases.title))
  }

  async caseDetail(id: string) {
    const [row] = await this.db.q.select().from(libraryCases).where(eq(libraryCases.id, id))
    return row ?? null
  }

  /** The articles a case applies, in the order it cites them, with their laws. */
  caseArticles(caseId: string) {
    return this.db.q
      .select({ id: libraryArticles.id, numberText: libraryArticles.numberText, law: lawColumns })
      .from(libraryCaseArticles)
      .innerJoin(libraryArticles, eq(libraryArticles.id, libraryCaseArticles.articleId))
      .innerJoin(libraryLaws, eq(libraryLaws.id, libraryArticles.lawId))
      .where(eq(libraryCaseArticles.caseId, caseId))
      .orderBy(asc(libraryCaseArticles.sort))
  }

  terms() {
    return readTerms(this.db.q)
  }

  questions() {
    return readQuestions(this.db.q)
  }

  /** Replaces a list and records when; call inside a transaction. */
  async replaceTerms(items: TermEntry[], at: Date): Promise<void> {
    await replaceList(this.db.q, 'terms', items)
    await markEdited(this.db.q, 'terms', at)
  }

  async replaceQuestions(items: CommonQuestion[], at: Date): Promise<void> {
    await replaceList(this.db.q, 'questions', items)
    await markEdited(this.db.q, 'questions', at)
  }

  editedAt(list: ListName) {
    return editedAt(this.db.q, list)
  }

  /** When each list was last replaced: what a cached copy compares against. */
  async edits(): Promise<string> {
    const rows = await this.db.q.select().from(libraryEdits).orderBy(asc(libraryEdits.list))
    return rows.map((r) => `${r.list}@${r.at.toISOString()}`).join(',')
  }

  async countAsk(day: string, outcome: AskOutcome, questionId: string | null): Promise<void> {
    await this.db.q
      .insert(libraryAskCounts)
      .values({ day, outcome, questionId: questionId ?? '', count: 1 })
      .onConflictDoUpdate({
        target: [libraryAskCounts.day, libraryAskCounts.outcome, libraryAskCounts.questionId],
        set: { count: sql`${libraryAskCounts.count} + 1` },
      })
  }

  async countUnansweredTerms(day: string, terms: string[]): Promise<void> {
    if (!terms.length) return
    await this.db.q
      .insert(libraryUnansweredTerms)
      .values(terms.map((term) => ({ day, term, count: 1 })))
      .onConflictDoUpdate({
        target: [libraryUnansweredTerms.day, libraryUnansweredTerms.term],
        set: { count: sql`${libraryUnansweredTerms.count} + 1` },
      })
  }

  /** The words most often left unanswered since `fromDay`, with how many questions held each. */
  unansweredTerms(fromDay: string, limit: number) {
    const total = sql<number>`sum(${libraryUnansweredTerms.count})::int`
    return this.db.q
      .select({ term: libraryUnansweredTerms.term, count: total })
      .from(libraryUnansweredTerms)
      .where(gte(libraryUnansweredTerms.day, fromDay))
      .groupBy(libraryUnansweredTerms.term)
      .orderBy(desc(total), asc(libraryUnansweredTerms.term))
      .limit(limit)
  }

  askCounts(fromDay: string) {
    return this.db.q
      .select({
        day: libraryAskCounts.day,
        outcome: libraryAskCounts.outcome,
        questionId: libraryAskCounts.questionId,
        count: libraryAskCounts.count,
      })
      .from(libraryAskCounts)
      .where(gte(libraryAskCounts.day, fromDay))
      .orderBy(asc(libraryAskCounts.day))
  }
}
