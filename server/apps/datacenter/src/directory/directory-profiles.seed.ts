import { count, eq } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import {
  seedCredit,
  seedMoreInstitutions,
  seedMorePeople,
  seedProfiles,
  seedServices,
} from './demo-directory-profiles.js'
import { creditRecords, institutions, people } from './directory.schema.js'

/**
 * What the demo directory shows the public beyond names: each institution's services, the
 * practitioners' profiles and credit records, a few more of both. Once the directory is there and
 * no credit record is yet (so a demo database made before this step gets it too).
 */
export async function seedDirectoryProfiles(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(creditRecords)
  const [{ m }] = await db.select({ m: count() }).from(institutions)
  if (n > 0 || m === 0) return false
  await db.transaction(async (tx) => {
    await tx
      .insert(institutions)
      .values(seedMoreInstitutions.map((i) => ({ ...i, isDemo: true })))
      .onConflictDoNothing()
    await tx
      .insert(people)
      .values(seedMorePeople.map((p) => ({ ...p, photoUrl: null, isDemo: true })))
      .onConflictDoNothing()
    for (const [id, services] of Object.entries(seedServices)) {
      await tx.update(institutions).set({ services }).where(eq(institutions.id, id))
    }
    for (const [id, profile] of Object.entries(seedProfiles)) {
      await tx.update(people).set(profile).where(eq(people.id, id))
    }
    await tx.insert(creditRecords).values(seedCredit.map((c) => ({ ...c, isDemo: true })))
  })
  return true
}
