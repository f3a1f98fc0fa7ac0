import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common'
import {
  RefreshRequest,
  SmsSendRequest,
  SmsVerifyRequest,
  WechatLoginRequest,
  type AuthSession,
  type SmsSendResponse,
  type WsTicket,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { ZodPipe } from '../../../../libs/common/src/index.js'
import { CurrentUser, Public, type AuthUser } from '../common/auth-user.js'
import { RateLimit } from '../common/rate-limit.guard.js'
import { AuthService } from './auth.service.js'

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('sms/send')
  @HttpCode(200)
  @RateLimit({ name: 'sms-send', limit: (c) => c.SMS_SEND_PER_IP_PER_HOUR, windowSeconds: 3600 })
  sendSms(
    @Body(new ZodPipe(SmsSendRequest)) body: SmsSendRequest,
    @Req() req: FastifyRequest,
  ): Promise<SmsSendResponse> {
    return this.auth.sendSmsCode(body.phone, String(req.id))
  }

  @Public()
  @Post('sms/verify')
  @HttpCode(200)
  @RateLimit({ name: 'sms-verify', limit: 30, windowSeconds: 600 })
  verifySms(
    @Body(new ZodPipe(SmsVerifyRequest)) body: SmsVerifyRequest,
    @Req() req: FastifyRequest,
  ): Promise<AuthSession> {
    return this.auth.verifySmsCode(body.phone, body.code, String(req.id))
  }

  @Public()
  @Post('wechat')
  @HttpCode(200)
  wechat(
    @Body(new ZodPipe(WechatLoginRequest)) body: WechatLoginRequest,
    @Req() req: FastifyRequest,
  ): Promise<AuthSession> {
    return this.auth.signInWithWechat(body, String(req.id))
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body(new ZodPipe(RefreshRequest)) body: RefreshRequest, @Req() req: FastifyRequest): Promise<AuthSession> {
    return this.auth.refresh(body.refreshToken, String(req.id))
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Body(new ZodPipe(RefreshRequest)) body: RefreshRequest, @Req() req: FastifyRequest): Promise<void> {
    return this.auth.logout(body.refreshToken, String(req.id))
  }

  @Post('ws-ticket')
  @HttpCode(200)
  wsTicket(@CurrentUser() user: AuthUser): Promise<WsTicket> {
    return this.auth.wsTicket(user)
  }
}
