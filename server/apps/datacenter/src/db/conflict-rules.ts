import type { ErrorCode, NoticeKey } from '@pocket/contract'

/**
 * What a uniqueness or exclusion rule answers when a race reaches it: the contract error a person
 * can act on, or `null` for a rule no request can hit (its values are made by the server — ids,
 * random tokens, sequences — or every write to it goes through ON CONFLICT). Each domain declares
 * its own rules beside its tables; `conflicts.nest-spec.ts` fails when a rule of the migrated
 * schema is declared nowhere, so a new index is answered before it ships. Schemas import only this
 * file (no runtime of the server), so drizzle-kit can load them to generate a migration.
 */
export type ConflictAnswer = readonly [ErrorCode, NoticeKey] | null

const answers = new Map<string, ConflictAnswer>()

/** Declares what each named constraint or unique index of a domain answers when a write collides. */
export function answerConflicts(rules: Record<string, ConflictAnswer>): void {
  for (const [name, answer] of Object.entries(rules)) answers.set(name, answer)
}

/** Every declared rule: for the spec that compares them with the migrated schema. */
export function declaredConflicts(): ReadonlyMap<string, ConflictAnswer> {
  return answers
}
