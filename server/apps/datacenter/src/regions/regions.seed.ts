import { count } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import { seedRegions as demoRegions } from './demo-regions.js'
import { regions } from './regions.schema.js'

/** The demo province's places, on a database that has none; returns whether it did. */
export async function seedRegions(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(regions)
  if (n > 0) return false
  await db.insert(regions).values(demoRegions())
  return true
}
