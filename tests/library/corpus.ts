import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { ArticleSearch, type SearchableArticle } from '../../server/apps/datacenter/src/library/search/article-search'
import { articleCiter } from '../../server/apps/datacenter/src/library/search/citations'
import type { SearchIndexes } from '../../server/apps/datacenter/src/library/search/library-search'
import { QuestionIndex } from '../../server/apps/datacenter/src/library/search/question-index'
import { TermMap } from '../../server/apps/datacenter/src/library/search/term-map'
import { CASES, lawShortTitle, lawSourceOf } from '../../server/apps/datacenter/src/library/texts/law-files'
import { parseLawText } from '../../server/apps/datacenter/src/library/texts/law-text'

export const ROOT = join(__dirname, '../..')
const DATA = join(ROOT, 'server/apps/datacenter/data')

/**
 * The shipped statutes as the search holds them, read straight from data/laws (the latest version
 * of a title in force): for specs of the search rule, which need no database.
 */
export function shippedArticles(): SearchableArticle[] {
  const dir = join(DATA, 'laws')
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== '_index.md' && e.name !== 'SOURCE.md')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith(`${CASES}/`))
  const laws = files.map((path) => ({
    ...lawSourceOf(path),
    text: parseLawText(readFileSync(join(dir, path), 'utf8'), path),
  }))
  const latest = new Map<string, string>()
  for (const l of laws)
    if ((latest.get(l.text.title) ?? '') <= (l.version ?? '')) latest.set(l.text.title, l.version ?? '')
  return laws.flatMap((l) => {
    const key = `${l.text.title}@${l.version ?? ''}`
    return l.text.articles.map((a) => ({
      id: `${key}-${a.number}`,
      lawId: key,
      lawTitle: l.text.title,
      lawShortTitle: lawShortTitle(l.text.title),
      category: l.category,
      inForce: latest.get(l.text.title) === (l.version ?? ''),
      number: a.number,
      numberText: a.numberText,
      headings: a.headings,
      text: a.paragraphs.join('\n'),
    }))
  })
}

/** The term map the data center ships (data/library/terms.json). */
export function shippedTermMap(): TermMap {
  const { terms } = JSON.parse(readFileSync(join(DATA, 'library/terms.json'), 'utf8')) as {
    terms: { everyday: string; legal: string[] }[]
  }
  return new TermMap(terms)
}

/** The shipped common questions, their citations resolved as the data center resolves them. */
export function shippedQuestions(articles: SearchableArticle[]): QuestionIndex {
  const { questions } = JSON.parse(readFileSync(join(DATA, 'library/questions.json'), 'utf8')) as {
    questions: Omit<ConstructorParameters<typeof QuestionIndex>[0][number], 'articleIds'>[]
  }
  const cite = articleCiter(articles)
  return new QuestionIndex(
    questions.map((q) => ({ ...q, articleIds: q.articles.flatMap((ref) => cite(ref)?.id ?? []) })),
  )
}

/** The indexes the data center searches with, built from the shipped files. */
export function shippedIndexes(): SearchIndexes {
  const articles = shippedArticles()
  return { articles: new ArticleSearch(articles), termMap: shippedTermMap(), questions: shippedQuestions(articles) }
}
