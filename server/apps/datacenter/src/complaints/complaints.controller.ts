import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type ComplaintSubject,
  type DcComplaint,
  type DcComplaintList,
  type DcInput,
  type SupervisedComplaintList,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { ComplaintsService } from './complaints.service.js'

@Controller()
export class ComplaintsController {
  constructor(private readonly service: ComplaintsService) {}

  @Route(dcRoutes.complaintSubject)
  subject(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'complaintSubject'>): Promise<ComplaintSubject> {
    return this.service.subject(actor, query)
  }

  @Route(dcRoutes.fileComplaint)
  file(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'fileComplaint'>): Promise<DcComplaint> {
    return this.service.file(actor, body)
  }

  @Route(dcRoutes.supervisedComplaints)
  supervised(@CurrentActor() actor: Actor): Promise<SupervisedComplaintList> {
    return this.service.supervised(actor)
  }

  @Route(dcRoutes.complaint)
  get(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'complaint'>): Promise<DcComplaint> {
    return this.service.get(actor, params.number)
  }

  @Route(dcRoutes.askComplaintReview)
  askReview(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'askComplaintReview'>,
  ): Promise<DcComplaint> {
    return this.service.askReview(actor, params.number, body)
  }

  @Route(dcRoutes.staffComplaints)
  ofStaff(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'staffComplaints'>): Promise<DcComplaintList> {
    return this.service.ofStaff(actor, query.status)
  }

  @Route(dcRoutes.answerComplaint)
  answer(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'answerComplaint'>): Promise<DcComplaint> {
    return this.service.answer(actor, params.number, body)
  }
}
