import { Controller } from '@nestjs/common'
import { appRoutes, type AppInput, type Me, type MyAdviser } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { MeService } from './me.service.js'

@Controller()
export class MeController {
  constructor(private readonly service: MeService) {}

  @Route(appRoutes.me)
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.service.me(user)
  }

  @Route(appRoutes.setVillage)
  @Roles('resident')
  setVillage(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'setVillage'>): Promise<Me> {
    return this.service.setVillage(user, body.villageCode)
  }

  @Route(appRoutes.setNotices)
  setNotices(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'setNotices'>): Promise<Me> {
    return this.service.setNotices(user, body.discreet)
  }

  @Route(appRoutes.myAdviser)
  adviser(@CurrentUser() user: AuthUser): Promise<MyAdviser> {
    return this.service.adviser(user)
  }
}
