// withPreparedStatements over a real (in-memory) PGlite: the same answers as PGlite's own query,
// each query prepared once, PGlite's errors and locks kept.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { PGlite, types } from '@electric-sql/pglite'
import { withPreparedStatements } from './pglite-statements.js'

/** What drizzle asks of PGlite for a select: rows as arrays, times left as text. */
const drizzleSelect = {
  rowMode: 'array' as const,
  parsers: { [types.TIMESTAMPTZ]: (v: string) => v },
}

const preparedCount = async (pg: PGlite) =>
  (await pg.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0].n

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => assert.fail('expected the query to fail'),
    (e: unknown) => e,
  )

describe('PGlite with each query prepared once', () => {
  let raw: PGlite
  let pg: PGlite

  // One database for all (starting PGlite takes seconds); each test starts from the same table.
  before(async () => {
    raw = await PGlite.create('memory://')
    pg = withPreparedStatements(raw)
  })
  after(() => raw.close())
  beforeEach(() =>
    raw.exec(`
      drop table if exists notes;
      create table notes (id int primary key, body jsonb, at timestamptz not null default now(), tags text[]);
      insert into notes (id, body, tags) values (1, '{"kind":"text"}', '{a,b}')`),
  )

  it('answers every query exactly as PGlite itself does', async () => {
    const queries: [string, unknown[], Parameters<PGlite['query']>[2]?][] = [
      ['select * from notes where id = $1', [1]],
      ['select * from notes where id = $1', [1], drizzleSelect],
      ['select id, body, tags from notes where id = any($1::int[])', [[1, 2]]],
      ['select $1::text as missing, $2::jsonb as doc', [null, { a: [1, '二'] }]],
      ['insert into notes (id, body) values ($1, $2) returning id, body', [2, { kind: 'image' }]],
      ['update notes set tags = $1 where id > $2', [['c'], 0]],
      ['select count(*)::int as n, max(at) as last from notes', []],
    ]
    for (const [text, params, options] of queries) {
      const expected = await raw.query(text, params, options)
      if (text.startsWith('insert')) await raw.query('delete from notes where id = 2')
      assert.deepEqual(await pg.query(text, params, options), expected, text)
    }
  })

  it('prepares a query once however often it runs, in transactions or out of them', async () => {
    const before = await preparedCount(raw)
    for (let i = 0; i < 3; i++) await pg.query('select body from notes where id = $1', [1])
    await pg.transaction((tx) => tx.query('select body from notes where id = $1', [1]))
    assert.equal(await preparedCount(raw), before + 1)
  })

  it('keeps a failed query’s error, and the connection goes on', async () => {
    const duplicate = await failureOf(pg.query('insert into notes (id) values ($1)', [1]))
    assert.equal((duplicate as { code: string }).code, '23505')
    assert.equal((duplicate as { query: string }).query, 'insert into notes (id) values ($1)')
    assert.deepEqual((duplicate as { params: unknown[] }).params, [1])
    assert.equal(((await failureOf(pg.query('select nothing from notes'))) as { code: string }).code, '42703')
    assert.deepEqual((await pg.query('select count(*)::int as n from notes')).rows, [{ n: 1 }])
  })

  it('rolls a transaction back as a whole when one of its statements fails', async () => {
    const failed = pg.transaction(async (tx) => {
      await tx.query('insert into notes (id) values ($1)', [5])
      await tx.query('insert into notes (id) values ($1)', [1])
    })
    assert.equal(((await failureOf(failed)) as { code: string }).code, '23505')
    assert.deepEqual((await pg.query('select id from notes order by id')).rows, [{ id: 1 }])
  })

  it('makes a query from outside wait until an open transaction ends', async () => {
    let release!: () => void
    let opened!: () => void
    const held = new Promise<void>((r) => (release = r))
    const open = new Promise<void>((r) => (opened = r))
    const tx = pg.transaction(async (t) => {
      await t.query('insert into notes (id) values ($1)', [7])
      opened()
      await held
      await t.query('insert into notes (id) values ($1)', [8])
    })
    await open
    const outside = pg.query<{ n: number }>('select count(*)::int as n from notes')
    release()
    await tx
    assert.deepEqual((await outside).rows, [{ n: 3 }])
  })

  it('still answers past the number of statements it keeps, without preparing more', async () => {
    const few = withPreparedStatements(raw, { max: 2 })
    const before = await preparedCount(raw)
    for (let i = 0; i < 5; i++) assert.deepEqual((await few.query(`select ${i} as n`)).rows, [{ n: i }])
    assert.equal(await preparedCount(raw), before + 2)
  })
})
