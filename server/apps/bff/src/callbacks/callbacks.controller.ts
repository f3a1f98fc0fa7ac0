import { Controller } from '@nestjs/common'
import { appRoutes, type AppInput, type Callback, type CallbackList } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { CallbacksService } from './callbacks.service.js'

/** 12348 热线回拨: residents ask, the desk's staff take and close the tasks. */
@Controller()
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Route(appRoutes.requestCallback)
  @Roles('resident')
  request(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'requestCallback'>): Promise<Callback> {
    return this.callbacks.request(user, body)
  }

  @Route(appRoutes.staffCallbacks)
  @Roles('staff')
  list(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'staffCallbacks'>): Promise<CallbackList> {
    return this.callbacks.list(user, query)
  }

  @Route(appRoutes.takeCallback)
  @Roles('staff')
  take(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'takeCallback'>): Promise<Callback> {
    return this.callbacks.take(user, params.number)
  }

  @Route(appRoutes.closeCallback)
  @Roles('staff')
  close(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'closeCallback'>): Promise<Callback> {
    return this.callbacks.close(user, params.number, body)
  }
}
