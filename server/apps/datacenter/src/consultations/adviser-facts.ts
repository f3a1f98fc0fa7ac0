import { sql, type SQL } from 'drizzle-orm'
import { accounts } from '../accounts/accounts.schema.js'
import { people, villageAdvisers } from '../directory/directory.schema.js'
import { adviserAway, consultations } from './consultations.schema.js'

export type Assignment = { adviserId: string; backupId: string | null }

/** Villages' advisers (by village code), and their names, leave and accounts (by person id). */
export interface AdviserFacts {
  assignments: Map<string, Assignment>
  names: Map<string, string>
  away: Map<string, Date>
  accountsOfPerson: Map<string, string[]>
}

/** A row of `adviserFactsJson`: one person advising (or backing up) a village, with one of their accounts. */
export interface AdviserFactRow {
  village_code: string
  adviser_id: string
  backup_id: string | null
  person_id: string
  name: string
  /** A timestamp as JSON gives it. */
  away_until: string | null
  account_id: string | null
}

/** Texts as one parameter, in order (a PostgreSQL array literal, each element quoted). */
export const textArray = (xs: string[]) =>
  sql`${`{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`

/** A set of texts as one parameter, for `x = any(${listOf(xs)})`. */
export const listOf = (xs: string[]) => textArray([...new Set(xs)])

/**
 * Who advises (and backs up) the conversations' villages, their names, until when each is away
 * (if now), and the accounts each signs in with: a JSON array of `AdviserFactRow`.
 */
export function adviserFactsJson(consultationIds: string[], now: Date): SQL {
  return sql`select coalesce(json_agg(f), '[]'::json) from (
    select distinct c.village_code, va.adviser_id, va.backup_id, p.id as person_id, p.name,
      w.until as away_until, a.id as account_id
    from ${consultations} c
    join ${villageAdvisers} va on va.village_code = c.village_code
    join ${people} p on p.id = va.adviser_id or p.id = va.backup_id
    left join ${adviserAway} w on w.person_id = p.id and w.until > ${now.toISOString()}::timestamptz
    left join ${accounts} a on a.person_id = p.id
    where c.id = any(${listOf(consultationIds)})) f`
}

export function adviserFactsOf(rows: AdviserFactRow[]): AdviserFacts {
  const facts: AdviserFacts = { assignments: new Map(), names: new Map(), away: new Map(), accountsOfPerson: new Map() }
  for (const r of rows) {
    facts.assignments.set(r.village_code, { adviserId: r.adviser_id, backupId: r.backup_id })
    facts.names.set(r.person_id, r.name)
    if (r.away_until) facts.away.set(r.person_id, new Date(r.away_until))
    const ids = facts.accountsOfPerson.get(r.person_id) ?? []
    if (r.account_id && !ids.includes(r.account_id)) ids.push(r.account_id)
    facts.accountsOfPerson.set(r.person_id, ids)
  }
  return facts
}
