import type { SearchableArticle } from './article-search.js'

/**
 * Resolves citations as the common questions write them, `<law> <number>`, to the articles of the
 * laws in force: `民法典 1079` by the short title, or by a part of it that names one law alone
 * (`婚姻家庭编的解释（一） 5`). Undefined when it names none, or several.
 */
export function articleCiter(articles: readonly SearchableArticle[]): (ref: string) => SearchableArticle | undefined {
  const byCitation = new Map<string, SearchableArticle>()
  for (const a of articles) if (a.inForce) byCitation.set(`${a.lawShortTitle} ${a.number}`, a)
  const titles = [...new Set(articles.filter((a) => a.inForce).map((a) => a.lawShortTitle))]
  return (ref) => {
    const at = ref.lastIndexOf(' ')
    const [name, number] = [ref.slice(0, at), ref.slice(at + 1)]
    const named = titles.includes(name) ? [name] : titles.filter((t) => t.includes(name))
    return named.length === 1 ? byCitation.get(`${named[0]} ${number}`) : undefined
  }
}
