import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { AppError, describeError } from '#common'
import { DataCenterClient, type DcActor } from '../datacenter/datacenter.client.js'
import { CONTENT_CHECK, type ContentCheckDriver } from '../drivers/content-check.driver.js'

/** How long a sender's openid is remembered, and for how many senders. */
const OPENID_TTL_MS = 10 * 60_000
const OPENID_CACHE_SIZE = 10_000

/**
 * Chat text is checked before it is stored or delivered: a text the check calls risky is refused
 * with the reason and goes nowhere. When the check itself is unreachable the text goes through
 * (logged): a villager's question to their adviser must not wait on WeChat.
 */
@Injectable()
export class ContentSafety {
  private readonly logger = new Logger('content-check')
  private readonly openids = new Map<string, { openid: string | null; until: number }>()

  constructor(
    @Inject(CONTENT_CHECK) private readonly driver: ContentCheckDriver,
    private readonly dc: DataCenterClient,
  ) {}

  async screen(actor: DcActor, accountId: string, text: string): Promise<void> {
    if (this.driver.name === 'off') return
    let verdict
    try {
      verdict = await this.driver.check(text, { openid: await this.openidOf(actor, accountId) })
    } catch (err) {
      this.logger.warn({
        msg: 'content check unavailable; text delivered unchecked',
        accountId,
        error: describeError(err),
      })
      return
    }
    if (verdict === 'risky') {
      this.logger.log({ msg: 'text refused by content check', accountId })
      throw new AppError('CONTENT_UNSAFE', '消息含有不宜发送的内容，没有发出。请修改后再发送')
    }
    if (verdict !== 'pass') this.logger.log({ msg: `content check: ${verdict}`, accountId })
  }

  /** The sender's mini-program openid (null for someone who signed in by SMS only). */
  private async openidOf(actor: DcActor, accountId: string): Promise<string | null> {
    const now = Date.now()
    const known = this.openids.get(accountId)
    if (known && known.until > now) return known.openid
    const { account } = await this.dc.call(dcRoutes.account, { actor, params: { id: accountId } })
    this.openids.delete(accountId)
    if (this.openids.size >= OPENID_CACHE_SIZE) this.openids.delete(this.openids.keys().next().value as string)
    this.openids.set(accountId, { openid: account.openid, until: now + OPENID_TTL_MS })
    return account.openid
  }
}
