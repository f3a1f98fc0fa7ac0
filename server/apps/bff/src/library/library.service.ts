import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type ArticleDetail,
  type AskAnswer,
  type CaseDetail,
  type CaseList,
  type CaseSearchResult,
  type LawCatalog,
  type LawDetail,
  type LawSearchQuery,
  type LawSearchResult,
} from '@pocket/contract'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import {
  toArticleDetail,
  toArticleHit,
  toAskAnswer,
  toCaseDetail,
  toCaseSummary,
  toLawDetail,
  toLawSummary,
} from './library.mapper.js'

/** The law library and the Q&A: public reads relayed to the data center, which searches and counts. */
@Injectable()
export class LibraryService {
  constructor(private readonly dc: DataCenterClient) {}

  async laws(requestId: string): Promise<LawCatalog> {
    const res = await this.dc.call(dcRoutes.libraryLaws, { actor: systemActor(requestId) })
    return { categories: res.categories.map((c) => ({ name: c.name, laws: c.laws.map(toLawSummary) })) }
  }

  async search(query: LawSearchQuery, requestId: string): Promise<LawSearchResult> {
    const res = await this.dc.call(dcRoutes.librarySearch, { actor: systemActor(requestId), query })
    return { laws: res.laws.map(toLawSummary), items: res.items.map(toArticleHit), total: res.total }
  }

  async law(id: string, requestId: string): Promise<LawDetail> {
    return toLawDetail(await this.dc.call(dcRoutes.libraryLaw, { actor: systemActor(requestId), params: { id } }))
  }

  async article(id: string, requestId: string): Promise<ArticleDetail> {
    return toArticleDetail(
      await this.dc.call(dcRoutes.libraryArticle, { actor: systemActor(requestId), params: { id } }),
    )
  }

  async cases(requestId: string): Promise<CaseList> {
    const res = await this.dc.call(dcRoutes.libraryCases, { actor: systemActor(requestId) })
    return { items: res.items.map(toCaseSummary) }
  }

  async searchCases(q: string, requestId: string): Promise<CaseSearchResult> {
    const res = await this.dc.call(dcRoutes.libraryCaseSearch, { actor: systemActor(requestId), query: { q } })
    return {
      items: res.items.map((c) => ({
        ...toCaseSummary(c),
        snippet: c.snippet.map(({ text, hit }) => ({ text, hit })),
      })),
    }
  }

  async caseDetail(id: string, requestId: string): Promise<CaseDetail> {
    return toCaseDetail(await this.dc.call(dcRoutes.libraryCase, { actor: systemActor(requestId), params: { id } }))
  }

  async ask(question: string, requestId: string): Promise<AskAnswer> {
    return toAskAnswer(await this.dc.call(dcRoutes.libraryAsk, { actor: systemActor(requestId), body: { question } }))
  }
}
