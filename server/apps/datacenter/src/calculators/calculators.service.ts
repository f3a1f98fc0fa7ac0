import { Injectable } from '@nestjs/common'
import {
  localDateOf,
  type CalcFigure,
  type CalcFigureList,
  type CalcLaw,
  type CalcResult,
  type LitigationFeeBody,
  type PersonalInjuryBody,
  type WorkInjuryBody,
} from '@pocket/contract'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { LibraryService } from '../library/library.service.js'
import { totalOf, type CalcLine } from './calc-lines.js'
import { readCalculatorData } from './calculators-data.js'
import { CalculatorsRepository } from './calculators.repository.js'
import { FigureBook } from './figure-book.js'
import { litigationFee } from './litigation-fee.js'
import { personalInjury } from './personal-injury.js'
import { workInjury } from './work-injury.js'

/** The year a calculation is for when the person names none: this year, on the service's clock. */
const thisYear = () => Number(localDateOf(Date.now()).slice(0, 4))

/**
 * The legal calculators: each rule a pure function of the input and the figures it may use; this
 * service gives it the figures, adds up its lines and links each provision to the library's article.
 */
@Injectable()
export class CalculatorsService {
  private readonly audit
  private readonly lawTitles: Record<CalcLaw, string>

  constructor(
    private readonly repo: CalculatorsRepository,
    private readonly library: LibraryService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('calculator-figure', ['put'] as const)
    this.lawTitles = readCalculatorData().laws
  }

  async figures(): Promise<CalcFigureList> {
    return { items: await this.repo.figures() }
  }

  litigationFee(body: LitigationFeeBody): Promise<CalcResult> {
    return this.answer(undefined, (book) => litigationFee(body, book))
  }

  workInjury(body: WorkInjuryBody): Promise<CalcResult> {
    return this.answer(body.year, (book) => workInjury(body, book))
  }

  personalInjury(body: PersonalInjuryBody): Promise<CalcResult> {
    return this.answer(body.year, (book) => personalInjury(body, book))
  }

  /** Operators publish a year's figure or correct one (system actor), audited with the value it had. */
  async putFigure(actor: Actor, figure: CalcFigure): Promise<CalcFigure> {
    assertSystem(actor)
    await this.tx.run(async () => {
      const before = await this.repo.figure(figure.name, figure.year)
      await this.repo.put(figure)
      await this.audit.record(actor, 'put', `${figure.name}/${figure.year}`, { before, after: figure })
    })
    return (await this.repo.figure(figure.name, figure.year))!
  }

  private async answer(year: number | undefined, rule: (book: FigureBook) => CalcLine[]): Promise<CalcResult> {
    const book = new FigureBook(await this.repo.figures(), year ?? thisYear())
    const lines = rule(book)
    const refs = lines.map(({ provision: p }) => `${this.lawTitles[p.law]} ${p.article}`)
    const articleIds = await this.library.articleIds(refs)
    return {
      total: totalOf(lines),
      items: lines.map((l, i) => ({ ...l, provision: { ...l.provision, articleId: articleIds[i] } })),
      figures: book.used,
    }
  }
}
