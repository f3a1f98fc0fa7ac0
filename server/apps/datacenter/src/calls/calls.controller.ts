import { Controller } from '@nestjs/common'
import { dcRoutes, type DcCallChange, type DcCallDevices, type DcCallSweep, type DcInput } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { CallsService } from './calls.service.js'

@Controller()
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Route(dcRoutes.startCall)
  start(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'startCall'>): Promise<DcCallChange> {
    return this.calls.start(actor, body)
  }

  @Route(dcRoutes.acceptCall)
  accept(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'acceptCall'>): Promise<DcCallChange> {
    return this.calls.accept(actor, params.id, body.device)
  }

  @Route(dcRoutes.endCall)
  end(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'endCall'>): Promise<DcCallChange> {
    return this.calls.end(actor, params.id, body)
  }

  @Route(dcRoutes.callAlive)
  alive(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'callAlive'>): Promise<DcCallDevices> {
    return this.calls.alive(actor, params.id, body.device)
  }

  @Route(dcRoutes.callDevices)
  devices(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'callDevices'>): Promise<DcCallDevices> {
    return this.calls.devices(actor, params.id)
  }

  @Route(dcRoutes.sweepCalls)
  sweep(@CurrentActor() actor: Actor): Promise<DcCallSweep> {
    return this.calls.sweep(actor)
  }
}
