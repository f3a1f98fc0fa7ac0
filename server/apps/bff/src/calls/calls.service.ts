import { Inject, Injectable } from '@nestjs/common'
import { dcRoutes, type DcCallChange, type DcCallEnd, type Role } from '@pocket/contract'
import { AppError } from '#common'
import { RATE_LIMIT_STORE } from '../common/rate-limit.guard.js'
import type { RateLimitStore } from '../common/rate-limit.store.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { ConsultationsService } from '../consultations/consultations.service.js'
import { accountActor, DataCenterClient } from '../datacenter/datacenter.client.js'
import { Delivery } from '../realtime/delivery.js'

export interface Caller {
  accountId: string
  role: Role
  device: string
}

/**
 * Call signalling across BFF instances. The data center holds every call (so any instance can
 * answer for it, and a call outlives the instance it started on); this tells both sides' devices
 * each change as `call.state`, relays SDP/ICE between the two devices in the call, and writes
 * nothing itself.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dc: DataCenterClient,
    private readonly delivery: Delivery,
    private readonly consultations: ConsultationsService,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  async invite(who: Caller, consultationId: string, kind: 'voice' | 'video'): Promise<void> {
    const { allowed } = await this.limits.hit(`call-invite:${who.accountId}`, 60, this.config.CALL_INVITES_PER_MINUTE)
    if (!allowed) throw new AppError('RATE_LIMITED', { key: 'call.tooOften' })
    const change = await this.dc.call(dcRoutes.startCall, {
      actor: this.actor(who),
      body: { consultationId, kind, device: who.device },
    })
    await this.announce(change, who.device)
  }

  async accept(who: Caller, callId: string): Promise<void> {
    const change = await this.dc.call(dcRoutes.acceptCall, {
      actor: this.actor(who),
      params: { id: callId },
      body: { device: who.device },
    })
    await this.announce(change, who.device)
  }

  async end(who: Caller, callId: string, reason: DcCallEnd['reason']): Promise<void> {
    const change = await this.dc.call(dcRoutes.endCall, {
      actor: this.actor(who),
      params: { id: callId },
      body: { reason },
    })
    await this.announce(change, who.device)
  }

  /** The device is still in the call (on this socket, after a reconnect); if the call ended meanwhile, it hears so. */
  async alive(who: Caller, callId: string): Promise<void> {
    const { call } = await this.dc.call(dcRoutes.callAlive, {
      actor: this.actor(who),
      params: { id: callId },
      body: { device: who.device },
    })
    if (call.state === 'ended')
      await this.delivery.toDevice(who.accountId, who.device, { event: 'call.state', data: { call, device: null } })
  }

  /** SDP or ICE from one device in an answered call to the other. */
  async signal(who: Caller, callId: string, signal: Record<string, unknown>): Promise<void> {
    const { call, devices } = await this.dc.call(dcRoutes.callDevices, {
      actor: this.actor(who),
      params: { id: callId },
    })
    if (call.state !== 'active')
      throw new AppError('CONFLICT', { key: call.state === 'ended' ? 'call.ended' : 'call.notAnswered' })
    const to =
      who.device === devices.caller
        ? { accountId: call.callee.accountId, device: devices.callee }
        : who.device === devices.callee
          ? { accountId: call.caller.accountId, device: devices.caller }
          : null
    if (!to?.device) throw new AppError('FORBIDDEN', { key: 'call.notThisDevice' })
    await this.delivery.toDevice(to.accountId, to.device, { event: 'call.signal', data: { callId, signal } })
  }

  /** A change to every device of both sides, and the call's record in the conversation once it ended. */
  async announce({ call, audience, note }: DcCallChange, device: string | null): Promise<void> {
    await this.delivery.toAccounts(audience, { event: 'call.state', data: { call, device } })
    if (!note) return
    await this.consultations.announce([note])
    // A callee whose app is closed learns of the missed call by subscribe message or SMS.
    if (call.outcome === 'missed')
      await this.consultations.tellAbsent(call.consultationId, audience, call.caller.accountId, note.message.seq)
  }

  private actor(who: Caller) {
    return accountActor(who.accountId, who.role)
  }
}
