import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type Consultation,
  type ConsultationList,
  type DcInput,
  type DcRead,
  type DcSendResults,
  type DcMessagePage,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { ConsultationsService } from './consultations.service.js'
import { MessageSender } from './message-sender.js'

@Controller()
export class ConsultationsController {
  constructor(
    private readonly service: ConsultationsService,
    private readonly sender: MessageSender,
  ) {}

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

  @Route(dcRoutes.sendMessages)
  send(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'sendMessages'>): Promise<DcSendResults> {
    return this.sender.sendBatch(actor, body)
  }

  @Route(dcRoutes.readConsultation)
  read(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'readConsultation'>): Promise<DcRead> {
    return this.service.read(actor, params.id, body.seq)
  }
}
