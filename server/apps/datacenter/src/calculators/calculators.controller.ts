import { Controller } from '@nestjs/common'
import { dcRoutes, type CalcFigure, type CalcFigureList, type CalcResult, type DcInput } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { CalculatorsService } from './calculators.service.js'

@Controller()
export class CalculatorsController {
  constructor(private readonly service: CalculatorsService) {}

  @Route(dcRoutes.calculatorFigures)
  figures(): Promise<CalcFigureList> {
    return this.service.figures()
  }

  @Route(dcRoutes.putCalculatorFigure)
  putFigure(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'putCalculatorFigure'>,
  ): Promise<CalcFigure> {
    return this.service.putFigure(actor, { ...params, ...body })
  }

  @Route(dcRoutes.litigationFee)
  litigationFee(@Input() { body }: DcInput<'litigationFee'>): Promise<CalcResult> {
    return this.service.litigationFee(body)
  }

  @Route(dcRoutes.workInjury)
  workInjury(@Input() { body }: DcInput<'workInjury'>): Promise<CalcResult> {
    return this.service.workInjury(body)
  }

  @Route(dcRoutes.personalInjury)
  personalInjury(@Input() { body }: DcInput<'personalInjury'>): Promise<CalcResult> {
    return this.service.personalInjury(body)
  }
}
