import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type ArticleDetail,
  type AskAnswer,
  type AskStats,
  type CaseDetail,
  type CaseList,
  type CaseSearchResult,
  type DcInput,
  type LawCatalog,
  type LawDetail,
  type LawSearchResult,
  type QuestionList,
  type TermList,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { LibraryAskService } from './library-ask.service.js'
import { LibraryListsService } from './library-lists.service.js'
import { LibraryService } from './library.service.js'

@Controller()
export class LibraryController {
  constructor(
    private readonly library: LibraryService,
    private readonly asking: LibraryAskService,
    private readonly lists: LibraryListsService,
  ) {}

  @Route(dcRoutes.libraryLaws)
  laws(): Promise<LawCatalog> {
    return this.library.catalog()
  }

  @Route(dcRoutes.librarySearch)
  search(@Input() { query }: DcInput<'librarySearch'>): Promise<LawSearchResult> {
    return this.library.search(query)
  }

  @Route(dcRoutes.libraryLaw)
  law(@Input() { params }: DcInput<'libraryLaw'>): Promise<LawDetail> {
    return this.library.law(params.id)
  }

  @Route(dcRoutes.libraryArticle)
  article(@Input() { params }: DcInput<'libraryArticle'>): Promise<ArticleDetail> {
    return this.library.article(params.id)
  }

  @Route(dcRoutes.libraryCases)
  cases(): Promise<CaseList> {
    return this.library.cases()
  }

  @Route(dcRoutes.libraryCaseSearch)
  searchCases(@Input() { query }: DcInput<'libraryCaseSearch'>): Promise<CaseSearchResult> {
    return this.library.searchCases(query.q)
  }

  @Route(dcRoutes.libraryCase)
  caseDetail(@Input() { params }: DcInput<'libraryCase'>): Promise<CaseDetail> {
    return this.library.caseDetail(params.id)
  }

  @Route(dcRoutes.libraryAsk)
  ask(@Input() { body }: DcInput<'libraryAsk'>): Promise<AskAnswer> {
    return this.asking.ask(body.question)
  }

  @Route(dcRoutes.libraryAskStats)
  askStats(@Input() { query }: DcInput<'libraryAskStats'>): Promise<AskStats> {
    return this.asking.stats(query.days)
  }

  @Route(dcRoutes.libraryTerms)
  terms(): Promise<TermList> {
    return this.lists.terms()
  }

  @Route(dcRoutes.putLibraryTerms)
  replaceTerms(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'putLibraryTerms'>): Promise<TermList> {
    return this.lists.replaceTerms(actor, body.items)
  }

  @Route(dcRoutes.libraryQuestions)
  questions(): Promise<QuestionList> {
    return this.lists.questions()
  }

  @Route(dcRoutes.putLibraryQuestions)
  replaceQuestions(
    @CurrentActor() actor: Actor,
    @Input() { body }: DcInput<'putLibraryQuestions'>,
  ): Promise<QuestionList> {
    return this.lists.replaceQuestions(actor, body.items)
  }
}
