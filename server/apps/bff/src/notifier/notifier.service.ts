import { describeError } from '#common'
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes, type DcNotification } from '@pocket/contract'
import { PolledService } from '../common/polling.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { SMS_DRIVER, type SmsDriver } from '../drivers/sms.driver.js'
import { SUBSCRIBE_DRIVER, type SubscribeDriver } from '../drivers/subscribe.driver.js'
import { isConsultNotice, noticeParams, noticeText, smsTemplate, subscribeData } from './notice-text.js'

/**
 * Sends what the data center's outbox holds: each instance claims due notifications for a lease
 * (never the same ones as another instance), sends each by WeChat subscribe message when the person
 * has the mini-program, else by SMS, and reports the outcome. Nothing is scheduled in memory: a
 * notification not reported sent is claimed again once its lease ends.
 */
@Injectable()
export class NotifierService extends PolledService {
  private readonly logger = new Logger('notifier')
  private readonly worker = `${hostname().slice(0, 24)}-${process.pid}-${randomBytes(3).toString('hex')}`

  constructor(
    private readonly dc: DataCenterClient,
    @Inject(SUBSCRIBE_DRIVER) private readonly subscribe: SubscribeDriver,
    @Inject(SMS_DRIVER) private readonly sms: SmsDriver,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {
    super(config.NOTIFY_POLL_MS)
  }

  /** One round: claim what is due and send it; the data center being away only delays it. */
  protected async round(): Promise<number> {
    let claimed: DcNotification[]
    try {
      const res = await this.dc.call(dcRoutes.claimNotifications, {
        actor: systemActor(),
        body: { worker: this.worker, limit: 20, leaseSeconds: this.config.NOTIFY_LEASE_SECONDS },
      })
      claimed = res.items
    } catch (err) {
      this.logger.warn({ msg: 'could not claim notifications', error: describeError(err) })
      return 0
    }
    for (const n of claimed) await this.deliver(n)
    return claimed.length
  }

  private async deliver(n: DcNotification): Promise<void> {
    let report: { sent: boolean; channel?: 'wechat' | 'sms'; error?: string }
    try {
      report = { sent: true, channel: await this.send(n) }
    } catch (err) {
      report = { sent: false, error: describeError(err).slice(0, 500) }
      this.logger.warn({
        msg: 'notification not sent',
        id: n.id,
        kind: n.kind,
        attempts: n.attempts,
        error: report.error,
      })
    }
    try {
      await this.dc.call(dcRoutes.settleNotification, {
        actor: systemActor(),
        params: { id: n.id },
        body: { worker: this.worker, ...report },
      })
    } catch (err) {
      // Unreported: the lease ends and it is claimed again (at least once, never lost).
      this.logger.warn({ msg: 'could not report notification', id: n.id, error: describeError(err) })
    }
  }

  private async send(n: DcNotification): Promise<'wechat' | 'sms'> {
    const consult = isConsultNotice(n)
    const template = consult
      ? this.config.WECHAT_SUBSCRIBE_CONSULT_TEMPLATE_ID
      : this.config.WECHAT_SUBSCRIBE_TEMPLATE_ID
    if (n.openid && template) {
      const page = consult ? `packages/consult/chat/index?id=${n.consultationId ?? ''}` : requestPage(n)
      if (await this.subscribe.send({ openid: n.openid, templateId: template, data: subscribeData(n), page }))
        return 'wechat'
    }
    if (!n.phone) throw new Error('no subscription accepted and no phone to send an SMS to')
    await this.sms.sendNotice(n.phone, smsTemplate(n), noticeParams(n), noticeText(n))
    return 'sms'
  }
}

/** The page a request's notice opens: the application's or complaint's own, else the booking's. */
function requestPage(n: DcNotification): string {
  const number = n.number ?? ''
  if (n.kind.startsWith('legal_aid')) return `packages/legal-aid/application/index?number=${number}`
  if (n.kind.startsWith('complaint')) return `packages/complaints/detail/index?number=${number}`
  return `packages/booking/detail/index?number=${number}`
}
