import { asc, eq, sql } from 'drizzle-orm'
import { CommonQuestion, TermEntry } from '@pocket/contract'
import { z } from 'zod'
import type { Db, Tx } from '../db/database.js'
import { libraryEdits, libraryQuestions, libraryTerms } from './library.schema.js'

export interface ShippedLists {
  terms: TermEntry[]
  questions: CommonQuestion[]
}

/** The shipped files, checked: a malformed entry stops the start with its place named. */
export function readShippedLists(termsJson: string, questionsJson: string): ShippedLists {
  const terms = z.object({ terms: z.array(TermEntry) }).parse(JSON.parse(termsJson)).terms
  const questions = z.object({ questions: z.array(CommonQuestion) }).parse(JSON.parse(questionsJson)).questions
  return { terms, questions }
}

export type ListName = 'terms' | 'questions'

export async function readTerms(db: Db | Tx): Promise<TermEntry[]> {
  return db
    .select({ everyday: libraryTerms.everyday, legal: libraryTerms.legal })
    .from(libraryTerms)
    .orderBy(asc(libraryTerms.position))
}

export async function readQuestions(db: Db | Tx): Promise<CommonQuestion[]> {
  return db
    .select({
      id: libraryQuestions.id,
      question: libraryQuestions.question,
      alsoAsked: libraryQuestions.alsoAsked,
      answer: libraryQuestions.answer,
      articles: libraryQuestions.articles,
      service: libraryQuestions.service,
    })
    .from(libraryQuestions)
    .orderBy(asc(libraryQuestions.position))
}

/** Replaces a list whole; call inside a transaction: under its lock so two savers never interleave. */
export async function replaceList(tx: Db | Tx, list: 'terms', items: TermEntry[]): Promise<void>
export async function replaceList(tx: Db | Tx, list: 'questions', items: CommonQuestion[]): Promise<void>
export async function replaceList(tx: Db | Tx, list: ListName, items: TermEntry[] | CommonQuestion[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`library-${list}`}))`)
  if (list === 'terms') {
    await tx.delete(libraryTerms)
    const rows = (items as TermEntry[]).map((t, position) => ({ ...t, position }))
    if (rows.length) await tx.insert(libraryTerms).values(rows)
  } else {
    await tx.delete(libraryQuestions)
    const rows = (items as CommonQuestion[]).map((q, position) => ({ ...q, position }))
    if (rows.length) await tx.insert(libraryQuestions).values(rows)
  }
}

/** When operators last replaced the list, or null while it is still the shipped one. */
export async function editedAt(db: Db | Tx, list: ListName): Promise<Date | null> {
  const [row] = await db.select({ at: libraryEdits.at }).from(libraryEdits).where(eq(libraryEdits.list, list))
  return row?.at ?? null
}

export async function markEdited(tx: Db | Tx, list: ListName, at: Date): Promise<void> {
  await tx.insert(libraryEdits).values({ list, at }).onConflictDoUpdate({ target: libraryEdits.list, set: { at } })
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Writes the shipped lists where operators have not replaced them and they differ from what is stored. */
export async function writeShippedLists(
  db: Db,
  shipped: ShippedLists,
): Promise<{ terms: boolean; questions: boolean }> {
  return db.transaction(async (tx) => {
    const written = { terms: false, questions: false }
    if (!(await editedAt(tx, 'terms')) && !same(await readTerms(tx), shipped.terms)) {
      await replaceList(tx, 'terms', shipped.terms)
      written.terms = true
    }
    if (!(await editedAt(tx, 'questions')) && !same(await readQuestions(tx), shipped.questions)) {
      await replaceList(tx, 'questions', shipped.questions)
      written.questions = true
    }
    return written
  })
}
