import { getTableColumns, type Column } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'

const columnsOf = new WeakMap<PgTable, [string, Column][]>()

/**
 * Rows a statement built as JSON (`json_agg` of a table's rows, keyed by column name), as drizzle
 * would have returned them from the table: keys as in the schema, values decoded by their columns
 * (timestamps as dates). For hot statements written in SQL that read several tables at once.
 */
export function rowsFromJson<T extends PgTable>(table: T, json: unknown): T['$inferSelect'][] {
  let columns = columnsOf.get(table)
  if (!columns) {
    columns = Object.entries(getTableColumns(table))
    columnsOf.set(table, columns)
  }
  const known = columns
  return (json as Record<string, unknown>[]).map((r) => {
    const row: Record<string, unknown> = {}
    for (const [key, column] of known) {
      const value = r[column.name]
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value)
    }
    return row
  })
}
