import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type AdviserFigures,
  type DcChanged,
  type DcInput,
  type DcSweep,
  type Consultation,
  type OverdueList,
  type SavedReplies,
  type SavedRepliesView,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { AbsentNotices } from './absent-notices.js'
import { AdviserDesk } from './adviser-desk.service.js'
import { ConsultationStates } from './consultation-states.service.js'

/** Resolve, reopen, rate, hand over; the adviser's desk; 督办. */
@Controller()
export class AdviserDeskController {
  constructor(
    private readonly states: ConsultationStates,
    private readonly desk: AdviserDesk,
    private readonly notices: AbsentNotices,
  ) {}

  @Route(dcRoutes.resolveConsultation)
  resolve(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'resolveConsultation'>): Promise<DcChanged> {
    return this.states.resolve(actor, params.id)
  }

  @Route(dcRoutes.reopenConsultation)
  reopen(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'reopenConsultation'>): Promise<DcChanged> {
    return this.states.reopen(actor, params.id)
  }

  @Route(dcRoutes.rateConsultation)
  rate(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'rateConsultation'>): Promise<Consultation> {
    return this.states.rate(actor, params.id, body)
  }

  @Route(dcRoutes.notifyAbsent)
  notifyAbsent(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'notifyAbsent'>,
  ): Promise<{ queued: number }> {
    return this.notices.queue(actor, params.id, body.accountIds, body.seq)
  }

  @Route(dcRoutes.sweepConsultations)
  sweep(@CurrentActor() actor: Actor): Promise<DcSweep> {
    return this.states.sweep(actor)
  }

  @Route(dcRoutes.savedReplies)
  savedReplies(@CurrentActor() actor: Actor): Promise<SavedRepliesView> {
    return this.desk.savedReplies(actor)
  }

  @Route(dcRoutes.saveReplies)
  saveReplies(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'saveReplies'>): Promise<SavedReplies> {
    return this.desk.saveReplies(actor, body)
  }

  @Route(dcRoutes.setAway)
  setAway(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'setAway'>): Promise<AdviserFigures> {
    return this.desk.setAway(actor, body.until)
  }

  @Route(dcRoutes.adviserFigures)
  figures(@CurrentActor() actor: Actor): Promise<AdviserFigures> {
    return this.desk.figures(actor)
  }

  @Route(dcRoutes.overdueConsultations)
  overdue(@CurrentActor() actor: Actor): Promise<OverdueList> {
    return this.desk.overdue(actor)
  }
}
