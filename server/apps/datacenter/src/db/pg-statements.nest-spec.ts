// preparedStatementsClient against the machine's PostgreSQL (TEST_DATABASE_URL): the same answers
// as node-postgres's own client, each parameterised query prepared once per connection.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import pg from 'pg'
import { preparedStatementsClient } from './pg-statements.js'

const url = process.env.TEST_DATABASE_URL
if (!url && process.env.CI) throw new Error('TEST_DATABASE_URL must be set in CI (see .ci/run)')

/** What drizzle asks for a select: rows as arrays, times left as text. */
const drizzleSelect = (text: string) => ({
  text,
  rowMode: 'array' as const,
  types: {
    getTypeParser: (id: number, format?: 'text' | 'binary') =>
      id === (pg.types.builtins.TIMESTAMPTZ as number) ? (v: string) => v : pg.types.getTypeParser(id, format),
  },
})

describe(
  'PostgreSQL with each parameterised query prepared once',
  { skip: !url && 'TEST_DATABASE_URL is not set' },
  () => {
    let plain: pg.Pool
    let named: pg.Pool
    const preparedOn = async (pool: pg.Pool) =>
      (await pool.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0].n

    // A table of its own: an error ends a pool's connection (pg-pool), and a temp table with it.
    const notes = `pg_statements_spec_${process.pid}`

    before(async () => {
      // One connection each: prepared statements belong to a connection.
      plain = new pg.Pool({ connectionString: url, max: 1 })
      named = new pg.Pool({ connectionString: url, max: 1, Client: preparedStatementsClient({ max: 3 }) })
      await plain.query(`
      create table ${notes} (id int primary key, body jsonb, at timestamptz not null default now());
      insert into ${notes} (id, body) values (1, '{"kind":"text"}')`)
    })
    after(async () => {
      await plain.query(`drop table ${notes}`)
      await plain.end()
      await named.end()
    })

    it('answers as node-postgres itself does, and prepares a repeated query once', async () => {
      const before = await preparedOn(named)
      for (let i = 0; i < 3; i++) {
        const select = drizzleSelect(`select id, body, at from ${notes} where id = $1`)
        const [expected, got] = [await plain.query(select, [1]), await named.query(select, [1])]
        assert.deepEqual(got.rows, expected.rows)
        assert.deepEqual(
          got.fields.map((f) => f.name),
          expected.fields.map((f) => f.name),
        )
      }
      assert.equal(await preparedOn(named), before + 1)
    })

    it('sends a text without parameters as before, several statements and all', async () => {
      const before = await preparedOn(named)
      await named.query({ text: `update ${notes} set body = body; select 1` })
      assert.equal(await preparedOn(named), before)
    })

    it('keeps a failed query’s error, and the connection goes on', async () => {
      const failure = await named.query({ text: `insert into ${notes} (id) values ($1)` }, [1]).then(
        () => assert.fail('expected a duplicate key'),
        (e: unknown) => e as { code: string },
      )
      assert.equal(failure.code, '23505')
      assert.deepEqual(
        (await named.query({ text: `select count(*)::int as n from ${notes} where id > $1` }, [0])).rows,
        [{ n: 1 }],
      )
    })

    it('stops naming new queries past the number it keeps, and still answers them', async () => {
      for (let i = 0; i < 5; i++)
        assert.deepEqual((await named.query({ text: `select $1::int + ${i} as n` }, [1])).rows, [{ n: 1 + i }])
      assert.ok((await preparedOn(named)) <= 3)
    })
  },
)
