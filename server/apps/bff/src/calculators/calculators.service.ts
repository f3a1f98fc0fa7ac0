import { Injectable } from '@nestjs/common'
import { dcRoutes, type AppInput, type CalcFigureList, type CalcResult } from '@pocket/contract'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { toCalcFigure, toCalcResult } from './calculators.mapper.js'

/** The legal calculators: public, worked out by the data center, which keeps the figures. */
@Injectable()
export class CalculatorsService {
  constructor(private readonly dc: DataCenterClient) {}

  async figures(requestId: string): Promise<CalcFigureList> {
    const res = await this.dc.call(dcRoutes.calculatorFigures, { actor: systemActor(requestId) })
    return { items: res.items.map(toCalcFigure) }
  }

  async litigationFee(body: AppInput<'litigationFee'>['body'], requestId: string): Promise<CalcResult> {
    return toCalcResult(await this.dc.call(dcRoutes.litigationFee, { actor: systemActor(requestId), body }))
  }

  async workInjury(body: AppInput<'workInjury'>['body'], requestId: string): Promise<CalcResult> {
    return toCalcResult(await this.dc.call(dcRoutes.workInjury, { actor: systemActor(requestId), body }))
  }

  async personalInjury(body: AppInput<'personalInjury'>['body'], requestId: string): Promise<CalcResult> {
    return toCalcResult(await this.dc.call(dcRoutes.personalInjury, { actor: systemActor(requestId), body }))
  }
}
