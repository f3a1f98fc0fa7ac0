import { Controller } from '@nestjs/common'
import {
  appRoutes,
  type AppInput,
  type Complaint,
  type ComplaintList,
  type ComplaintSubject,
  type SupervisedComplaintList,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { ComplaintsService } from './complaints.service.js'

@Controller()
export class ComplaintsController {
  constructor(private readonly service: ComplaintsService) {}

  @Route(appRoutes.complaintSubject)
  @Roles('resident')
  subject(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'complaintSubject'>): Promise<ComplaintSubject> {
    return this.service.subject(user, query)
  }

  @Route(appRoutes.fileComplaint)
  @Roles('resident')
  file(@CurrentUser() user: AuthUser, @Input() { body, headers }: AppInput<'fileComplaint'>): Promise<Complaint> {
    return this.service.file(user, body, headers['idempotency-key'], headers['x-client'])
  }

  @Route(appRoutes.supervisedComplaints)
  @Roles('staff')
  supervised(@CurrentUser() user: AuthUser): Promise<SupervisedComplaintList> {
    return this.service.supervised(user)
  }

  @Route(appRoutes.complaint)
  get(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'complaint'>): Promise<Complaint> {
    return this.service.get(user, params.number)
  }

  @Route(appRoutes.askComplaintReview)
  @Roles('resident')
  askReview(
    @CurrentUser() user: AuthUser,
    @Input() { params, body }: AppInput<'askComplaintReview'>,
  ): Promise<Complaint> {
    return this.service.askReview(user, params.number, body)
  }

  @Route(appRoutes.staffComplaints)
  @Roles('staff')
  ofStaff(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'staffComplaints'>): Promise<ComplaintList> {
    return this.service.ofStaff(user, query.status)
  }

  @Route(appRoutes.answerComplaint)
  @Roles('staff')
  answer(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'answerComplaint'>): Promise<Complaint> {
    return this.service.answer(user, params.number, body)
  }
}
