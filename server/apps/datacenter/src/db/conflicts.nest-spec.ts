// Collisions a race can reach answer their contract error, on a real (in-memory, migrated) PGlite:
// every unique rule of the schema is declared by its domain, and a failed query is logged without
// its parameters.
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { ConsoleLogger } from '@nestjs/common'
import { sql } from 'drizzle-orm'
import { AppError, describeError } from '#common'
import type { DcConfig } from '../config.js'
import { declaredConflicts } from './conflict-rules.js'
import { conflictError } from './conflicts.js'
import { openDatabase, type OpenDatabase } from './database.js'

const src = join(dirname(fileURLToPath(import.meta.url)), '..')
const schemaFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? schemaFiles(join(dir, e.name)) : e.name.endsWith('.schema.js') ? [join(dir, e.name)] : [],
  )

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => assert.fail('expected the query to fail'),
    (e: unknown) => e,
  )

describe('database collisions', () => {
  let database: OpenDatabase

  before(async () => {
    for (const file of schemaFiles(src)) await import(pathToFileURL(file).href)
    database = await openDatabase({ PGLITE_DIR: 'memory://' } as DcConfig, new ConsoleLogger())
  })
  after(() => database.close())

  it('declares what every unique index and key of the migrated schema answers', async () => {
    const result: unknown = await database.db.execute(sql`
      select c.relname as name from pg_index i
        join pg_class c on c.oid = i.indexrelid
        join pg_namespace n on n.oid = c.relnamespace
      where i.indisunique and n.nspname = 'public' order by 1`)
    const { rows } = result as { rows: { name: string }[] }
    const undeclared = rows.map((r) => r.name).filter((name) => !declaredConflicts().has(name))
    assert.deepEqual(undeclared, [], "declare these with answerConflicts() in their domain's schema file")
    const stale = [...declaredConflicts().keys()].filter((name) => !rows.some((r) => r.name === name))
    assert.deepEqual(stale, [], 'these declared rules are not in the schema')
  })

  it('answers a collision with the contract error its rule declares, and logs no parameter', async () => {
    const insert = () =>
      database.db.execute(
        sql`insert into accounts (id, role, phone, display_name) values (${`acc-${Math.random()}`}, 'resident', '13912345678', '张三')`,
      )
    await insert()
    const err = await failureOf(insert())
    const answer = conflictError(err)
    assert.ok(answer instanceof AppError)
    assert.equal(answer.code, 'CONFLICT')
    assert.equal(answer.status, 409)
    const logged = describeError(err)
    assert.match(logged, /^query failed: insert "?accounts"? \(23505 accounts_phone_idx\)/)
    assert.doesNotMatch(logged, /13912345678|张三/)
  })

  it('leaves errors that are not a declared collision to the generic 500', async () => {
    const err = await failureOf(database.db.execute(sql`select 1/0`))
    assert.equal(conflictError(err), null)
    assert.equal(conflictError(new Error('boom')), null)
  })
})
