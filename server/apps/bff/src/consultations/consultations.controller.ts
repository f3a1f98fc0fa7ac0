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
  list(@CurrentUser() user: AuthUser): Promise<ConsultationList> {
    return this.service.list(user)
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
}
