import { timestamp } from 'drizzle-orm/pg-core'

/** Set by the database when the row is written. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

/** A text column's allowed values, taken from the contract's enum so they are written once. */
export function valuesOf<T extends string>(e: { options: readonly T[] }): [T, ...T[]] {
  return e.options as [T, ...T[]]
}
