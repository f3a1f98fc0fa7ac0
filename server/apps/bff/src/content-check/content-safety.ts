import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { AppError, describeError } from '#common'
import { DataCenterClient, type DcActor } from '../datacenter/datacenter.client.js'
import { CONTENT_CHECK, type ContentCheckDriver } from '../drivers/content-check.driver.js'
import { ContentRules } from './content-rules.js'

/** How long a sender's openid is remembered, and for how many senders. */
const OPENID_TTL_MS = 10 * 60_000
const OPENID_CACHE_SIZE = 10_000

const UNSAFE = { key: 'content.unsafe' } as const
const UNAVAILABLE = { key: 'content.checkUnavailable' } as const

/**
 * Text people write for others (chat, notes, topics, comments, replies, summaries) is checked
 * before it is stored or delivered, whoever wrote it: by the data center's rules always, and by
 * the outside provider (msgSecCheck) for a sender it knows. A risky text is refused with the
 * reason and goes nowhere; `review` passes (logged): a legal question about a fight or a debt must
 * reach the adviser. While a check cannot be made (the rules not read yet, the provider down) the
 * text is refused as retryable — never stored unchecked.
 */
@Injectable()
export class ContentSafety {
  private readonly logger = new Logger('content-check')
  private readonly openids = new Map<string, { openid: string | null; until: number }>()

  constructor(
    @Inject(CONTENT_CHECK) private readonly driver: ContentCheckDriver,
    private readonly rules: ContentRules,
    private readonly dc: DataCenterClient,
  ) {}

  async screen(actor: DcActor, accountId: string, texts: string[]): Promise<void> {
    if (texts.length === 0) return
    const rules = this.rules.current
    if (!rules) throw new AppError('UPSTREAM_UNAVAILABLE', UNAVAILABLE)
    for (const text of texts) this.settle(rules.judge(text), accountId, 'rules')
    if (this.driver.name === 'words') return
    const openid = await this.openidOf(actor, accountId)
    if (!openid) return
    for (const text of texts) {
      let verdict
      try {
        verdict = await this.driver.check(text, { openid })
      } catch (err) {
        this.logger.warn({
          msg: 'content check unavailable; text refused for now',
          accountId,
          error: describeError(err),
        })
        throw new AppError('UPSTREAM_UNAVAILABLE', UNAVAILABLE)
      }
      this.settle(verdict, accountId, this.driver.name)
    }
  }

  private settle(verdict: string, accountId: string, by: string): void {
    if (verdict === 'risky') {
      this.logger.log({ msg: 'text refused by content check', by, accountId })
      throw new AppError('CONTENT_UNSAFE', UNSAFE)
    }
    if (verdict === 'review') this.logger.log({ msg: 'content check: review', by, accountId })
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
