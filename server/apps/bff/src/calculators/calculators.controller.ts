import { Controller, Req } from '@nestjs/common'
import { appRoutes, type AppInput, type CalcFigureList, type CalcResult } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { CalculatorsService } from './calculators.service.js'

@Controller()
export class CalculatorsController {
  constructor(private readonly service: CalculatorsService) {}

  @Route(appRoutes.calculatorFigures)
  figures(@Req() req: FastifyRequest): Promise<CalcFigureList> {
    return this.service.figures(String(req.id))
  }

  @Route(appRoutes.litigationFee)
  litigationFee(@Input() { body }: AppInput<'litigationFee'>, @Req() req: FastifyRequest): Promise<CalcResult> {
    return this.service.litigationFee(body, String(req.id))
  }

  @Route(appRoutes.workInjury)
  workInjury(@Input() { body }: AppInput<'workInjury'>, @Req() req: FastifyRequest): Promise<CalcResult> {
    return this.service.workInjury(body, String(req.id))
  }

  @Route(appRoutes.personalInjury)
  personalInjury(@Input() { body }: AppInput<'personalInjury'>, @Req() req: FastifyRequest): Promise<CalcResult> {
    return this.service.personalInjury(body, String(req.id))
  }
}
