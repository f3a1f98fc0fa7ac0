import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcLegalAidApplication, type DcLegalAidList } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { LegalAidService } from './legal-aid.service.js'

@Controller()
export class LegalAidController {
  constructor(private readonly service: LegalAidService) {}

  @Route(dcRoutes.applyLegalAid)
  apply(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'applyLegalAid'>): Promise<DcLegalAidApplication> {
    return this.service.apply(actor, body)
  }

  @Route(dcRoutes.legalAidApplication)
  get(
    @CurrentActor() actor: Actor,
    @Input() { params }: DcInput<'legalAidApplication'>,
  ): Promise<DcLegalAidApplication> {
    return this.service.get(actor, params.number)
  }

  @Route(dcRoutes.staffLegalAid)
  ofStaff(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'staffLegalAid'>): Promise<DcLegalAidList> {
    return this.service.ofStaff(actor, query.status)
  }

  @Route(dcRoutes.staffLegalAidAction)
  act(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'staffLegalAidAction'>,
  ): Promise<DcLegalAidApplication> {
    return this.service.act(actor, params.number, params.action, body)
  }
}
