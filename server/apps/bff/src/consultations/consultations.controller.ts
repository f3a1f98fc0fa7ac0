import { Controller } from '@nestjs/common'
import { appRoutes, type AppInput, type Consultation, type ConsultationList, type MessagePage } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { ConsultationsService } from './consultations.service.js'

@Controller()
export class ConsultationsController {
  constructor(private readonly service: ConsultationsService) {}

  @Route(appRoutes.openConsultation)
  @Roles('resident')
  open(@CurrentUser() user: AuthUser): Promise<Consultation> {
    return this.service.open(user)
  }

  @Route(appRoutes.consultations)
  list(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'consultations'>): Promise<ConsultationList> {
    return this.service.list(user, query)
  }

  @Route(appRoutes.consultationMessages)
  messages(
    @CurrentUser() user: AuthUser,
    @Input() { params, query }: AppInput<'consultationMessages'>,
  ): Promise<MessagePage> {
    return this.service.messages(user, params.id, query)
  }

  @Route(appRoutes.readConsultation)
  read(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'readConsultation'>): Promise<Consultation> {
    return this.service.read(user, params.id, body.seq)
  }

  @Route(appRoutes.resolveConsultation)
  @Roles('adviser')
  resolve(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'resolveConsultation'>): Promise<Consultation> {
    return this.service.resolve(user, params.id)
  }

  @Route(appRoutes.reopenConsultation)
  reopen(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'reopenConsultation'>): Promise<Consultation> {
    return this.service.reopen(user, params.id)
  }

  @Route(appRoutes.rateConsultation)
  @Roles('resident')
  rate(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'rateConsultation'>): Promise<Consultation> {
    return this.service.rate(user, params.id, body)
  }
}
