/**
 * An error as a log line may carry it. A failed query is named by its statement (verb and table)
 * and PostgreSQL's error code and constraint — never its parameters or the driver's message, which
 * can quote them (phones, names, case summaries, "invalid input syntax … \"<value>\"").
 */
export function describeError(err: unknown, { stack = false } = {}): string {
  if (!(err instanceof Error)) return String(err)
  const failed = err as Error & { query?: unknown; cause?: unknown }
  if (typeof failed.query === 'string') {
    const db = (failed.cause ?? {}) as { code?: unknown; constraint?: unknown; table?: unknown }
    const facts = [db.code, db.constraint ?? db.table].filter((x): x is string => typeof x === 'string')
    const said = `query failed: ${statementOf(failed.query)}${facts.length ? ` (${facts.join(' ')})` : ''}`
    return stack ? `${said}\n${framesOf(err)}` : said
  }
  return stack && err.stack ? err.stack : String(err)
}

/** `insert into "appointments"`, `update "accounts"`, `select from "messages"`: what ran, without values. */
export function statementOf(query: string): string {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'query'
  const table = /\b(?:into|update|from)\s+("?[\w.]+"?)/i.exec(query)?.[1]
  return table ? `${verb} ${table}` : verb
}

function framesOf(err: Error): string {
  return (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n')
}
