import type { DcInstitution, DcPerson, InstitutionService } from '@pocket/contract'

/** How many leading digits two region codes share: the village's town (9), county (6), city (4). */
export function sharedPlace(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

const textScore = (q: string | undefined, name: string, other: string) =>
  !q ? 0 : name.includes(q) ? 2 : other.includes(q) ? 1 : -1

/**
 * The institutions a search finds, best first: of the kind and service asked, whose name or
 * address holds the words; those nearest the caller's place in the region tree first (their town's,
 * then their county's), then a name that holds the words before an address that does, then by name.
 */
export function rankInstitutions(
  all: readonly DcInstitution[],
  query: { service?: InstitutionService; q?: string; near?: string },
): DcInstitution[] {
  const { service, q, near } = query
  return all
    .filter((i) => !service || i.services.includes(service))
    .map((i) => ({ i, text: textScore(q, i.name, i.address), place: near ? sharedPlace(near, i.regionCode) : 0 }))
    .filter((r) => r.text >= 0)
    .sort((a, b) => b.place - a.place || b.text - a.text || a.i.name.localeCompare(b.i.name, 'zh-CN'))
    .map((r) => r.i)
}

/** The people a search finds: a name, institution or specialty that holds the words (a name first). */
export function rankPeople(all: readonly DcPerson[], q: string | undefined): DcPerson[] {
  if (!q) return [...all]
  return all
    .map((p) => ({ p, score: textScore(q, p.name, [p.institutionName ?? '', ...p.specialties, p.title].join(' ')) }))
    .filter((r) => r.score >= 0)
    .sort((a, b) => b.score - a.score)
    .map((r) => r.p)
}
