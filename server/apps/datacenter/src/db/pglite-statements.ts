import {
  messages,
  parse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite'

/** Statements kept prepared at most; past that, a query is parsed and planned each time, as PGlite does. */
const MAX_STATEMENTS = 500

/** Wrappers made in this process: each names its statements apart, should two share a client. */
let wrappers = 0

type BackendMessage = messages.BackendMessage
type Parsers = Parameters<typeof parse.parseResults>[1]

interface Statement {
  name: string
  paramTypes: number[]
  rows?: messages.RowDescriptionMessage
}

const { serialize } = protocol

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * PGlite with each distinct query prepared once, as a named statement, and then only bound and
 * run. PGlite's own `query` parses, describes and plans the text every time, in five calls into
 * the database; here a repeated query is one call (bind, execute, sync), and PostgreSQL reuses
 * its plan. In the chat bench this halved the database's share of a batch of messages.
 *
 * Everything else is PGlite's: the same locks (a query waits for an open transaction, and the
 * transaction's own queries run one at a time), the same serializers and parsers, the same errors.
 * Queries with options this does not cover (blobs, parameter types) go through PGlite as before.
 * Wrap the client after migrating: a statement prepared before a schema change could be outdated by it.
 */
export function withPreparedStatements(client: PGlite, { max = MAX_STATEMENTS } = {}): PGlite {
  const statements = new Map<string, Statement>()
  const prefix = `pocket_${wrappers++}_`

  const exchange = (messages: Uint8Array[]): Promise<BackendMessage[]> =>
    client.execProtocolStream(concat(messages), { syncToFs: false })

  const prepare = async (text: string): Promise<Statement | null> => {
    if (statements.size >= max) return null
    const name = `${prefix}${statements.size}`
    const answer = await exchange([
      serialize.parse({ name, text }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ])
    const statement: Statement = {
      name,
      paramTypes: answer.find((m) => m instanceof messages.ParameterDescriptionMessage)?.dataTypeIDs ?? [],
      rows: answer.find((m) => m instanceof messages.RowDescriptionMessage),
    }
    statements.set(text, statement)
    return statement
  }

  /** Runs under the caller's locks; answers null when the query is not one to keep prepared. */
  const run = async <T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T> | null> => {
    if (options?.blob || options?.paramTypes) return null
    try {
      const statement = statements.get(text) ?? (await prepare(text))
      if (!statement) return null
      // Looked up per parameter and column: merging PGlite's whole table for every query, as its
      // own `query` does, cost more than the rest of this function.
      const values = params.map((v, i) => {
        if (v === null || v === undefined) return null
        const type = statement.paramTypes[i]
        const serializer = options?.serializers?.[type] ?? client.serializers[type]
        return serializer ? serializer(v) : (v as { toString(): string }).toString()
      })
      const answer = await exchange([
        serialize.bind({ statement: statement.name, values }),
        serialize.execute({}),
        serialize.sync(),
      ])
      const parsers: Parsers = {}
      for (const { dataTypeID } of statement.rows?.fields ?? []) {
        const parser = options?.parsers?.[dataTypeID] ?? client.parsers[dataTypeID]
        if (parser) parsers[dataTypeID] = parser
      }
      const [result] = parse.parseResults(statement.rows ? [statement.rows, ...answer] : answer, parsers, {
        rowMode: options?.rowMode,
      })
      return result as Results<T>
    } catch (err) {
      // As PGlite's own errors: the query that failed goes with it.
      throw Object.assign(err as Error, { query: text, params, queryOptions: options })
    }
  }

  const query = async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    await client._checkReady()
    const result = await client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const ran = await run<T>(text, params, options)
        if (ran) await client.syncToFs()
        return ran
      }),
    )
    return result ?? client.query<T>(text, params, options)
  }

  const inTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown
        return async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
          if (target.closed) throw new Error('Transaction is closed')
          const result = await client._runExclusiveQuery(() => run<T>(text, params, options))
          return result ?? target.query<T>(text, params, options)
        }
      },
    })

  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return query
      if (prop === 'transaction')
        return <T>(callback: (tx: Transaction) => Promise<T>) => target.transaction((tx) => callback(inTransaction(tx)))
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}
