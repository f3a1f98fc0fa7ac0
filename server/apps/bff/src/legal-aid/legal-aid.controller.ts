import { Controller } from '@nestjs/common'
import { appRoutes, type AppInput, type LegalAidApplication, type LegalAidList } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { LegalAidService } from './legal-aid.service.js'

@Controller()
export class LegalAidController {
  constructor(private readonly service: LegalAidService) {}

  @Route(appRoutes.applyLegalAid)
  @Roles('resident')
  apply(
    @CurrentUser() user: AuthUser,
    @Input() { body, headers }: AppInput<'applyLegalAid'>,
  ): Promise<LegalAidApplication> {
    return this.service.apply(user, body, headers['idempotency-key'], headers['x-client'])
  }

  @Route(appRoutes.legalAidApplication)
  get(
    @CurrentUser() user: AuthUser,
    @Input() { params }: AppInput<'legalAidApplication'>,
  ): Promise<LegalAidApplication> {
    return this.service.get(user, params.number)
  }

  @Route(appRoutes.staffLegalAid)
  @Roles('staff')
  ofStaff(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'staffLegalAid'>): Promise<LegalAidList> {
    return this.service.ofStaff(user, query.status)
  }

  @Route(appRoutes.staffLegalAidAction)
  @Roles('staff')
  act(
    @CurrentUser() user: AuthUser,
    @Input() { params, body }: AppInput<'staffLegalAidAction'>,
  ): Promise<LegalAidApplication> {
    return this.service.act(user, params.number, params.action, body)
  }
}
