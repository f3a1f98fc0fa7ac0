/** A public legal service center, as a hotline desk that may serve a region. */
export interface Desk {
  id: string
  name: string
  regionCode: string
}

/** How much of a region two GB/T 2260 codes share: the county (6), the city (4), the province (2), or nothing. */
function shared(a: string, b: string): number {
  for (const len of [6, 4, 2]) if (a.slice(0, len) === b.slice(0, len)) return len
  return 0
}

/** How wide a code's region is: 640000 (a province) → 2, 640100 (a city) → 4, 640104 (a county) → 6. */
function width(code: string): number {
  return code.replace(/(00)+$/, '').length
}

/**
 * The hotline desk that serves a village: the center of its county, else one of its city, else one
 * of its province, else any; among equals the widest (a city's center before a district's), then by
 * id. The same rule as the backfill of migration 0017.
 */
export function deskFor(desks: Desk[], villageCode: string): Desk | null {
  const ranked = [...desks].sort(
    (a, b) =>
      shared(b.regionCode, villageCode) - shared(a.regionCode, villageCode) ||
      width(a.regionCode) - width(b.regionCode) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return ranked[0] ?? null
}
