import { Controller } from '@nestjs/common'
import { dcRoutes, type Callback, type CallbackList, type DcInput } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { CallbacksService } from './callbacks.service.js'

@Controller()
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Route(dcRoutes.requestCallback)
  request(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'requestCallback'>): Promise<Callback> {
    return this.callbacks.request(actor, body)
  }

  @Route(dcRoutes.callbacks)
  list(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'callbacks'>): Promise<CallbackList> {
    return this.callbacks.list(actor, query.state)
  }

  @Route(dcRoutes.takeCallback)
  take(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'takeCallback'>): Promise<Callback> {
    return this.callbacks.take(actor, params.number)
  }

  @Route(dcRoutes.closeCallback)
  close(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'closeCallback'>): Promise<Callback> {
    return this.callbacks.close(actor, params.number, body)
  }
}
