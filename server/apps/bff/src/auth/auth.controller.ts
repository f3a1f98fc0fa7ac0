import { Controller, Req } from '@nestjs/common'
import { appRoutes, type AuthSession, type AppInput, type SmsSendResponse, type WsTicket } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { CurrentUser, type AuthUser } from '../common/auth-user.js'
import { RateLimit } from '../common/rate-limit.guard.js'
import { AuthService } from './auth.service.js'

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Route(appRoutes.smsSend)
  @RateLimit({ name: 'sms-send', limit: (c) => c.SMS_SEND_PER_IP_PER_HOUR, windowSeconds: 3600 })
  sendSms(@Input() { body }: AppInput<'smsSend'>, @Req() req: FastifyRequest): Promise<SmsSendResponse> {
    return this.auth.sendSmsCode(body.phone, String(req.id))
  }

  @Route(appRoutes.smsVerify)
  @RateLimit({ name: 'sms-verify', limit: 30, windowSeconds: 600 })
  verifySms(@Input() { body }: AppInput<'smsVerify'>, @Req() req: FastifyRequest): Promise<AuthSession> {
    return this.auth.verifySmsCode(body.phone, body.code, String(req.id))
  }

  @Route(appRoutes.wechatLogin)
  wechat(@Input() { body }: AppInput<'wechatLogin'>, @Req() req: FastifyRequest): Promise<AuthSession> {
    return this.auth.signInWithWechat(body, String(req.id))
  }

  @Route(appRoutes.refresh)
  refresh(@Input() { body }: AppInput<'refresh'>, @Req() req: FastifyRequest): Promise<AuthSession> {
    return this.auth.refresh(body.refreshToken, String(req.id))
  }

  @Route(appRoutes.logout)
  logout(@Input() { body }: AppInput<'logout'>, @Req() req: FastifyRequest): Promise<void> {
    return this.auth.logout(body.refreshToken, String(req.id))
  }

  @Route(appRoutes.wsTicket)
  wsTicket(@CurrentUser() user: AuthUser): Promise<WsTicket> {
    return this.auth.wsTicket(user)
  }
}
