import { Controller, Inject } from '@nestjs/common'
import { appRoutes, dcRoutes, type AppInput, type CallMedia } from '@pocket/contract'
import { AppError, Input, Route } from '#common'
import { actorOf, CurrentUser, type AuthUser } from '../common/auth-user.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { turnCredentials, userSig } from './call-credentials.js'

const list = (urls: string) =>
  urls
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)

@Controller()
export class CallsController {
  constructor(
    private readonly dc: DataCenterClient,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  /** Media credentials for a party of a call not yet ended, minted for this user and this call. */
  @Route(appRoutes.callMedia)
  async media(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'callMedia'>): Promise<CallMedia> {
    const { call } = await this.dc.call(dcRoutes.callDevices, { actor: actorOf(user), params: { id: params.id } })
    if (call.state === 'ended') throw new AppError('CONFLICT', { key: 'call.ended' })
    const c = this.config
    const seconds = c.CALL_CREDENTIAL_SECONDS
    // Whole seconds, as the UserSig and the TURN user name carry it.
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + seconds) * 1000)
    const stun = list(c.CALL_STUN_URLS)
    const turn = list(c.CALL_TURN_URLS)
    return {
      trtc:
        c.TRTC_SDK_APP_ID && c.TRTC_SECRET_KEY
          ? {
              sdkAppId: c.TRTC_SDK_APP_ID,
              userId: user.accountId,
              userSig: userSig(c.TRTC_SDK_APP_ID, c.TRTC_SECRET_KEY, user.accountId, seconds),
              roomId: call.id,
            }
          : null,
      iceServers: [
        ...(stun.length ? [{ urls: stun }] : []),
        ...(turn.length && c.CALL_TURN_SECRET
          ? [{ urls: turn, ...turnCredentials(c.CALL_TURN_SECRET, user.accountId, expiresAt) }]
          : []),
      ],
      expiresAt: expiresAt.toISOString(),
    }
  }
}
