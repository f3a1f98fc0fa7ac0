/** The folder of example cases in the library's folder; every other `.md` but the indexes is a law. */
export const CASES = '案例'

/** Where a law file sits: its category (its folder) and the version date its name carries. */
export interface LawSource {
  category: string
  /** `法律援助法(2021-08-20).md` → 2021-08-20; null for a file named without one (the Civil Code's books). */
  version: string | null
}

export function lawSourceOf(path: string): LawSource {
  const [category] = path.split('/')
  const dated = /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(path)
  return { category, version: dated?.[1] ?? null }
}

/** The name a law goes by in a citation: 中华人民共和国民法典 → 民法典. */
export function lawShortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '')
}

/**
 * How an article is cited: 《民法典》第一千零七十九条. A title that itself quotes a law keeps the
 * inner marks as 〈〉, as nested titles are written: 《最高人民法院关于适用〈中华人民共和国民法典〉…》.
 */
export function citationOf(shortTitle: string, numberText: string): string {
  return `《${shortTitle.replaceAll('《', '〈').replaceAll('》', '〉')}》${numberText}`
}

/** The order the library shows its categories in: the Civil Code first, judicial interpretations last; others after, by name. */
export const CATEGORY_ORDER = ['民法典', '民法商法', '社会法', '行政法', '行政法规', '诉讼与非诉讼程序法', '司法解释']

export function categoryRank(category: string): number {
  const at = CATEGORY_ORDER.indexOf(category)
  return at < 0 ? CATEGORY_ORDER.length : at
}
