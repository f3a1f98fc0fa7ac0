import { Controller } from '@nestjs/common'
import { appRoutes, dcRoutes, type AppInput, type Callback, type CallbackList } from '@pocket/contract'
import { Input, Route } from '#common'
import { actorOf, CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'

/** 12348 热线回拨: residents ask, the hotline's staff close the tasks. The data center decides. */
@Controller()
export class CallbacksController {
  constructor(private readonly dc: DataCenterClient) {}

  @Route(appRoutes.requestCallback)
  @Roles('resident')
  request(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'requestCallback'>): Promise<Callback> {
    return this.dc.call(dcRoutes.requestCallback, { actor: actorOf(user), body })
  }

  @Route(appRoutes.staffCallbacks)
  @Roles('staff')
  list(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'staffCallbacks'>): Promise<CallbackList> {
    return this.dc.call(dcRoutes.callbacks, { actor: actorOf(user), query })
  }

  @Route(appRoutes.closeCallback)
  @Roles('staff')
  close(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'closeCallback'>): Promise<Callback> {
    return this.dc.call(dcRoutes.closeCallback, { actor: actorOf(user), params, body })
  }
}
