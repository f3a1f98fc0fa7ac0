import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type RequestList, type RequestProgress } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { RequestsService } from './requests.service.js'

@Controller()
export class RequestsController {
  constructor(private readonly service: RequestsService) {}

  @Route(dcRoutes.accountRequests)
  ofAccount(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'accountRequests'>): Promise<RequestList> {
    return this.service.ofAccount(actor, params.id)
  }

  @Route(dcRoutes.requestProgress)
  progress(
    @CurrentActor() actor: Actor,
    @Input() { params, query }: DcInput<'requestProgress'>,
  ): Promise<RequestProgress> {
    return this.service.progress(actor, params.number, query.phoneLast4)
  }
}
