import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type Consultation,
  type ConsultationList,
  type DcInput,
  type DcRead,
  type DcSent,
  type DcMessagePage,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { ConsultationsService } from './consultations.service.js'

@Controller()
export class ConsultationsController {
  constructor(private readonly service: ConsultationsService) {}

  @Route(dcRoutes.openConsultation)
  open(@CurrentActor() actor: Actor): Promise<Consultation> {
    return this.service.open(actor)
  }

  @Route(dcRoutes.consultations)
  list(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'consultations'>): Promise<ConsultationList> {
    return this.service.list(actor, query)
  }

  @Route(dcRoutes.consultationMessages)
  messages(
    @CurrentActor() actor: Actor,
    @Input() { params, query }: DcInput<'consultationMessages'>,
  ): Promise<DcMessagePage> {
    return this.service.messages(actor, params.id, query)
  }

  @Route(dcRoutes.sendMessage)
  send(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'sendMessage'>): Promise<DcSent> {
    return this.service.send(actor, params.id, body)
  }

  @Route(dcRoutes.readConsultation)
  read(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'readConsultation'>): Promise<DcRead> {
    return this.service.read(actor, params.id, body.seq)
  }
}
