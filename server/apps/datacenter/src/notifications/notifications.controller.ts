import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcNotification } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { NotificationsService } from './notifications.service.js'

@Controller()
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Route(dcRoutes.claimNotifications)
  claim(
    @CurrentActor() actor: Actor,
    @Input() { body }: DcInput<'claimNotifications'>,
  ): Promise<{ items: DcNotification[] }> {
    return this.service.claim(actor, body.worker, body.limit, body.leaseSeconds)
  }

  @Route(dcRoutes.settleNotification)
  settle(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'settleNotification'>): Promise<void> {
    return this.service.settle(actor, params.id, body.worker, body)
  }
}
