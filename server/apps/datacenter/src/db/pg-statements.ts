import pg from 'pg'

/** Query texts named at most; past that, a query is parsed and planned each time, as before. */
const MAX_STATEMENTS = 500

/**
 * A node-postgres client class that prepares each distinct parameterised query once per
 * connection, as a named statement: later runs on that connection only bind and execute, and
 * PostgreSQL reuses the plan. node-postgres does this for a query that carries a name; here every
 * parameterised query gets one, from its text. Queries without parameters go as they did, by the
 * simple protocol (a text with several statements is allowed there, not in a named one).
 * Use it after migrating, as with `withPreparedStatements` for PGlite.
 */
export function preparedStatementsClient({ max = MAX_STATEMENTS } = {}): typeof pg.Client {
  const names = new Map<string, string>()
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text)
    if (!name && names.size < max) names.set(text, (name = `pocket_${names.size}`))
    return name
  }
  return class PreparedStatementsClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config)
      const query = this.query.bind(this) as (...args: unknown[]) => unknown
      this.query = ((config: unknown, values?: unknown, callback?: unknown) => {
        if (typeof config === 'object' && config !== null && isUnnamed(config)) {
          const params = Array.isArray(values) ? values : config.values
          const name = params && params.length > 0 ? nameOf(config.text) : undefined
          if (name) return query({ ...config, name }, values, callback)
        }
        return query(config, values, callback)
      }) as pg.Client['query']
    }
  }
}

function isUnnamed(config: object): config is { text: string; name?: string; values?: unknown[] } {
  return (
    'text' in config && typeof config.text === 'string' && !('name' in config && config.name) && !('submit' in config)
  )
}
