import { AppError } from '#common'
import { declaredConflicts } from './conflict-rules.js'

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
  if (db?.code === FOREIGN_KEY_VIOLATION) return new AppError('NOT_FOUND', { key: 'notFound.record' })
  if (!db?.constraint || !COLLISIONS.has(db.code)) return null
  const answer = declaredConflicts().get(db.constraint)
  return answer ? new AppError(answer[0], { key: answer[1] }) : null
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
