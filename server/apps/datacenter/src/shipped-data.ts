import type { Db } from './db/database.js'
import { loadCalculatorFigures } from './calculators/calculators-data.js'
import { loadLibrary, type LibraryLoad } from './library/library-data.js'
import { loadPublicity } from './publicity/publicity-data.js'

export interface ShippedLoad {
  library: LibraryLoad
  /** Calculator figures added (rows the database did not have). */
  figures: number
  /** 法治宣传 articles written (new, or shipped ones changed that operators have not edited). */
  articles: number
}

/** Brings what the data center ships into its database at every start: the library, the calculators' figures, the 法治宣传 articles. */
export async function loadShippedData(db: Db): Promise<ShippedLoad> {
  const library = await loadLibrary(db)
  const figures = await loadCalculatorFigures(db)
  const articles = await loadPublicity(db)
  return { library, figures, articles }
}
