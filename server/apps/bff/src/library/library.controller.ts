import { Controller, Req } from '@nestjs/common'
import {
  appRoutes,
  type AppInput,
  type ArticleDetail,
  type AskAnswer,
  type CaseDetail,
  type CaseList,
  type CaseSearchResult,
  type LawCatalog,
  type LawDetail,
  type LawSearchResult,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { LibraryService } from './library.service.js'

@Controller()
export class LibraryController {
  constructor(private readonly service: LibraryService) {}

  @Route(appRoutes.libraryLaws)
  laws(@Req() req: FastifyRequest): Promise<LawCatalog> {
    return this.service.laws(String(req.id))
  }

  @Route(appRoutes.librarySearch)
  search(@Input() { query }: AppInput<'librarySearch'>, @Req() req: FastifyRequest): Promise<LawSearchResult> {
    return this.service.search(query, String(req.id))
  }

  @Route(appRoutes.libraryLaw)
  law(@Input() { params }: AppInput<'libraryLaw'>, @Req() req: FastifyRequest): Promise<LawDetail> {
    return this.service.law(params.id, String(req.id))
  }

  @Route(appRoutes.libraryArticle)
  article(@Input() { params }: AppInput<'libraryArticle'>, @Req() req: FastifyRequest): Promise<ArticleDetail> {
    return this.service.article(params.id, String(req.id))
  }

  @Route(appRoutes.libraryCases)
  cases(@Req() req: FastifyRequest): Promise<CaseList> {
    return this.service.cases(String(req.id))
  }

  @Route(appRoutes.libraryCaseSearch)
  searchCases(
    @Input() { query }: AppInput<'libraryCaseSearch'>,
    @Req() req: FastifyRequest,
  ): Promise<CaseSearchResult> {
    return this.service.searchCases(query.q, String(req.id))
  }

  @Route(appRoutes.libraryCase)
  caseDetail(@Input() { params }: AppInput<'libraryCase'>, @Req() req: FastifyRequest): Promise<CaseDetail> {
    return this.service.caseDetail(params.id, String(req.id))
  }

  @Route(appRoutes.libraryAsk)
  ask(@Input() { body }: AppInput<'libraryAsk'>, @Req() req: FastifyRequest): Promise<AskAnswer> {
    return this.service.ask(body.question, String(req.id))
  }
}
