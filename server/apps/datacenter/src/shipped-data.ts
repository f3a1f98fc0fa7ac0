import type { Db } from './db/database.js'
import { loadCalculatorFigures } from './calculators/calculators-data.js'
import { loadLibrary, type LibraryLoad } from './library/library-data.js'

export interface ShippedLoad {
  library: LibraryLoad
  /** Calculator figures added (rows the database did not have). */
  figures: number
}

/** Brings what the data center ships into its database at every start: the library, the calculators' figures. */
export async function loadShippedData(db: Db): Promise<ShippedLoad> {
  const library = await loadLibrary(db)
  const figures = await loadCalculatorFigures(db)
  return { library, figures }
}
