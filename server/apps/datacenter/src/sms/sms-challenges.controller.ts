import { Controller } from '@nestjs/common'
import { dcRoutes, type DcAccountView, type DcInput, type DcSmsChallengeResponse } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { SmsChallengesService } from './sms-challenges.service.js'

@Controller()
export class SmsChallengesController {
  constructor(private readonly challenges: SmsChallengesService) {}

  @Route(dcRoutes.smsChallenge)
  create(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'smsChallenge'>): Promise<DcSmsChallengeResponse> {
    return this.challenges.create(actor, body)
  }

  @Route(dcRoutes.smsUndelivered)
  undelivered(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'smsUndelivered'>): Promise<void> {
    return this.challenges.undelivered(actor, body.phone, body.codeHash)
  }

  @Route(dcRoutes.smsVerify)
  verify(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'smsVerify'>): Promise<DcAccountView> {
    return this.challenges.verify(actor, body.phone, body.codeHash)
  }
}
