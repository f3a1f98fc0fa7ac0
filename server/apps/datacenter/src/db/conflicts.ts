import type { ErrorCode } from '@pocket/contract'
import { AppError } from '#common'

/**
 * What a uniqueness or exclusion rule answers when a race reaches it: the contract error a person
 * can act on, or `null` for a rule no request can hit (its values are made by the server — ids,
 * random tokens, sequences — or every write to it goes through ON CONFLICT). Each domain declares
 * its own rules beside its tables; `conflicts.nest-spec.ts` fails when a rule of the migrated
 * schema is declared nowhere, so a new index is answered before it ships.
 */
export type ConflictAnswer = readonly [ErrorCode, string] | null

const answers = new Map<string, ConflictAnswer>()

/** Declares what each named constraint or unique index of a domain answers when a write collides. */
export function answerConflicts(rules: Record<string, ConflictAnswer>): void {
  for (const [name, answer] of Object.entries(rules)) answers.set(name, answer)
}

/** Every declared rule: for the spec that compares them with the migrated schema. */
export function declaredConflicts(): ReadonlyMap<string, ConflictAnswer> {
  return answers
}

const FOREIGN_KEY_VIOLATION = '23503'
/** PostgreSQL's unique_violation and exclusion_violation. */
const COLLISIONS = new Set(['23505', '23P01'])

/**
 * The contract error for a database collision (or a reference to nothing) anywhere in `err`'s cause chain (drizzle wraps the
 * driver's error), or null when `err` is not one a declared rule answers.
 */
export function conflictError(err: unknown): AppError | null {
  const db = databaseErrorOf(err)
  // A write naming a record that does not exist (or was removed meanwhile): the caller's mistake, not ours.
  if (db?.code === FOREIGN_KEY_VIOLATION) return new AppError('NOT_FOUND', '找不到相关的记录')
  if (!db?.constraint || !COLLISIONS.has(db.code)) return null
  const answer = answers.get(db.constraint)
  return answer ? new AppError(answer[0], answer[1]) : null
}

export interface DatabaseError {
  code: string
  constraint?: string
  table?: string
}

/** The driver's error (node-postgres or PGlite: both carry PostgreSQL's SQLSTATE) under any wrappers. */
export function databaseErrorOf(err: unknown): DatabaseError | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code } = e as { code?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as DatabaseError
    e = (e as { cause?: unknown }).cause
  }
  return null
}
