import { Controller } from '@nestjs/common'
import { dcRoutes, type DcAccountView, type DcInput } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { AccountsService } from './accounts.service.js'

@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Route(dcRoutes.wechatAccount)
  wechat(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'wechatAccount'>): Promise<DcAccountView> {
    return this.accounts.wechat(actor, body)
  }

  @Route(dcRoutes.account)
  get(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'account'>): Promise<DcAccountView> {
    return this.accounts.get(actor, params.id)
  }

  @Route(dcRoutes.setVillage)
  setVillage(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'setVillage'>): Promise<DcAccountView> {
    return this.accounts.setVillage(actor, params.id, body.villageCode)
  }

  @Route(dcRoutes.setNotices)
  setNotices(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'setNotices'>): Promise<DcAccountView> {
    return this.accounts.setNotices(actor, params.id, body.discreet)
  }
}
