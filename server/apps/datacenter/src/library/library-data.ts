import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from '../db/database.js'
import { importLibrary, type LibraryImport } from './library-import.js'
import { readShippedLists, writeShippedLists, type ShippedLists } from './library-lists.js'

/** The texts and lists the data center ships: data/laws (SOURCE.md) and data/library. */
export const LIBRARY_DATA = fileURLToPath(new URL('../../../../../apps/datacenter/data', import.meta.url))

export interface LibraryLoad extends LibraryImport {
  /** The shipped term map and common questions written again (operators never replaced them, and they changed). */
  lists: { terms: boolean; questions: boolean }
}

/** Brings the library up to what ships: the texts (idempotent), and the lists operators have not replaced. */
export async function loadLibrary(db: Db, dir = LIBRARY_DATA): Promise<LibraryLoad> {
  const texts = await importLibrary(db, join(dir, 'laws'))
  const lists = await writeShippedLists(db, shippedLists(dir))
  return { ...texts, lists }
}

export function shippedLists(dir = LIBRARY_DATA): ShippedLists {
  return readShippedLists(
    readFileSync(join(dir, 'library', 'terms.json'), 'utf8'),
    readFileSync(join(dir, 'library', 'questions.json'), 'utf8'),
  )
}
