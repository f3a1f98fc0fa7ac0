import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common'
import {
  DcCreateSessionRequest,
  DcRevokeSessionRequest,
  DcRotateSessionRequest,
  DcSetVillageRequest,
  DcSmsChallengeRequest,
  DcSmsVerifyRequest,
  DcWechatAccountRequest,
  type DcAccountView,
  type DcRevokedSession,
  type DcSession,
  type DcSessionLiveness,
  type DcSmsChallengeResponse,
  type DcWorkbench,
} from '@pocket/contract'
import { ZodPipe } from '../../../../libs/common/src/index.js'
import { CurrentActor, type Actor } from '../common/actor.js'
import { AccountsService } from './accounts.service.js'
import { SessionsService } from './sessions.service.js'

@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('auth/sms-challenges')
  smsChallenge(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcSmsChallengeRequest)) body: DcSmsChallengeRequest,
  ): Promise<DcSmsChallengeResponse> {
    return this.accounts.createSmsChallenge(actor, body)
  }

  @Post('auth/sms-challenges/verify')
  @HttpCode(200)
  verifySms(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcSmsVerifyRequest)) body: DcSmsVerifyRequest,
  ): Promise<DcAccountView> {
    return this.accounts.verifySms(actor, body.phone, body.codeHash)
  }

  @Post('accounts/wechat')
  @HttpCode(200)
  wechat(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcWechatAccountRequest)) body: DcWechatAccountRequest,
  ): Promise<DcAccountView> {
    return this.accounts.wechat(actor, body)
  }

  @Get('accounts/:id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DcAccountView> {
    return this.accounts.get(actor, id)
  }

  @Put('accounts/:id/village')
  setVillage(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodPipe(DcSetVillageRequest)) body: DcSetVillageRequest,
  ): Promise<DcAccountView> {
    return this.accounts.setVillage(actor, id, body.villageCode)
  }

  @Get('accounts/:id/workbench')
  workbench(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DcWorkbench> {
    return this.accounts.workbench(actor, id)
  }

  @Post('sessions')
  createSession(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcCreateSessionRequest)) body: DcCreateSessionRequest,
  ): Promise<DcSession> {
    return this.sessions.create(actor, body.accountId, body.tokenHash, body.ttlSeconds)
  }

  @Post('sessions/rotate')
  @HttpCode(200)
  rotate(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcRotateSessionRequest)) body: DcRotateSessionRequest,
  ): Promise<DcSession> {
    return this.sessions.rotate(actor, body.tokenHash, body.newTokenHash, body.ttlSeconds)
  }

  @Post('sessions/revoke')
  @HttpCode(200)
  revoke(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(DcRevokeSessionRequest)) body: DcRevokeSessionRequest,
  ): Promise<DcRevokedSession> {
    return this.sessions.revoke(actor, body.tokenHash)
  }

  @Get('sessions/:id')
  async session(@Param('id') id: string): Promise<DcSessionLiveness> {
    return { live: await this.sessions.isLive(id) }
  }
}
