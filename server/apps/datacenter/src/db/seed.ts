import { count } from 'drizzle-orm'
import type { Db } from './database.js'
import { catalogItems } from '../catalog/catalog.schema.js'
import { institutions, people } from '../directory/directory.schema.js'
import { regions, villageAdvisers } from '../regions/regions.schema.js'
import { seedCatalog } from './seed-catalog.js'
import { seedAssignments, seedInstitutions, seedPeople } from './seed-directory.js'
import { seedRegions } from './seed-regions.js'

/** Seeds the demo province on an empty database; returns whether it did. */
export async function seedDemoData(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(regions)
  if (n > 0) return false
  const allRegions = seedRegions()
  await db.transaction(async (tx) => {
    await tx.insert(regions).values(allRegions)
    await tx.insert(institutions).values(seedInstitutions.map((i) => ({ ...i, isDemo: true })))
    await tx.insert(people).values(seedPeople.map((p) => ({ ...p, photoUrl: null, isDemo: true })))
    const assignments = allRegions
      .filter((r) => r.level === 'village')
      .map((v) => {
        const [adviserId, backupId] = seedAssignments[v.parentCode ?? '']
        return { villageCode: v.code, adviserId, backupId }
      })
    await tx.insert(villageAdvisers).values(assignments)
    await tx.insert(catalogItems).values(seedCatalog.map((c, sort) => ({ ...c, sort })))
  })
  return true
}
