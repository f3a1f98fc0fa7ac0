import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcRevokedSession, type DcSession, type DcRevokedSessions } from '@pocket/contract'
import { Input, Route } from '#common'
import { assertSystem, CurrentActor, type Actor } from '../common/actor.js'
import { SessionsService } from './sessions.service.js'

@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Route(dcRoutes.createSession)
  create(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'createSession'>): Promise<DcSession> {
    return this.sessions.create(actor, body.accountId, body.tokenHash, body.ttlSeconds)
  }

  @Route(dcRoutes.rotateSession)
  rotate(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'rotateSession'>): Promise<DcSession> {
    return this.sessions.rotate(actor, body)
  }

  @Route(dcRoutes.revokeSession)
  revoke(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'revokeSession'>): Promise<DcRevokedSession> {
    return this.sessions.revoke(actor, body.tokenHash)
  }

  @Route(dcRoutes.revokedSessions)
  revoked(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'revokedSessions'>): Promise<DcRevokedSessions> {
    assertSystem(actor)
    return this.sessions.revokedWithin(query.withinSeconds)
  }
}
