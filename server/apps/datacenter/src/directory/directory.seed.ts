import { count, eq } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import { regions } from '../regions/regions.schema.js'
import { seedAssignments, seedInstitutions, seedPeople } from './demo-directory.js'
import { institutions, people, villageAdvisers } from './directory.schema.js'

/** The demo institutions and people, and each demo village's adviser, once the places are there. */
export async function seedDirectory(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(institutions)
  if (n > 0) return false
  await db.transaction(async (tx) => {
    await tx.insert(institutions).values(seedInstitutions.map((i) => ({ ...i, isDemo: true })))
    await tx.insert(people).values(seedPeople.map((p) => ({ ...p, photoUrl: null, isDemo: true })))
    const villages = await tx
      .select({ code: regions.code, parentCode: regions.parentCode })
      .from(regions)
      .where(eq(regions.level, 'village'))
    const assignments = villages.map((v) => {
      const [adviserId, backupId] = seedAssignments[v.parentCode ?? '']
      return { villageCode: v.code, adviserId, backupId }
    })
    if (assignments.length) await tx.insert(villageAdvisers).values(assignments)
  })
  return true
}
