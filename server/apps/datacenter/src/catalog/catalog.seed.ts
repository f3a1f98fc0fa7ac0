import { VIDEO_CONSULT_ITEM } from '@pocket/contract'
import { count, eq } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import { catalogItems } from './catalog.schema.js'
import { seedCatalog as demoCatalog } from './demo-catalog.js'

/** The catalogue of services on a database that has none; returns whether it did. */
export async function seedCatalog(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(catalogItems)
  if (n > 0) return seedVideoConsultItem(db)
  await db.insert(catalogItems).values(demoCatalog.map((c, sort) => ({ ...c, sort })))
  return true
}

/** 视频咨询 came after the first databases were seeded: those get the item once. */
async function seedVideoConsultItem(db: Db): Promise<boolean> {
  const [item] = await db.select().from(catalogItems).where(eq(catalogItems.code, VIDEO_CONSULT_ITEM))
  if (item) return false
  const sort = demoCatalog.findIndex((c) => c.code === VIDEO_CONSULT_ITEM)
  await db.insert(catalogItems).values({ ...demoCatalog[sort], sort })
  return true
}
