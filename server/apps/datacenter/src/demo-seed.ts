import type { Db } from './db/database.js'
import { seedBooking } from './booking/booking.seed.js'
import { seedCatalog } from './catalog/catalog.seed.js'
import { seedDirectoryProfiles } from './directory/directory-profiles.seed.js'
import { seedDirectory } from './directory/directory.seed.js'
import { seedRegions } from './regions/regions.seed.js'

/**
 * Seeds the demo province, domain by domain, lowest layer first; each seeds only a domain that has
 * nothing yet, so a start interrupted between two finishes on the next. Returns whether any did.
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  let seeded = false
  for (const seed of [seedRegions, seedDirectory, seedDirectoryProfiles, seedCatalog, seedBooking])
    seeded = (await seed(db)) || seeded
  return seeded
}
