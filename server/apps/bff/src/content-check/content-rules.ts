import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { describeError } from '#common'
import { type DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { RuleSet } from './rule-set.js'

/** How soon a BFF that could not read the list asks again. */
const RETRY_MS = 2_000

/**
 * The content check's rules as the data center keeps them, read at boot and again every
 * `refreshMs` (operators' changes reach every instance within that); a failed read keeps the last
 * list. Until a list was read once there is none, and texts are refused, never let through unchecked.
 */
export class ContentRules implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('content-rules')
  private rules: RuleSet | null = null
  private seen = ''
  private timer?: NodeJS.Timeout

  constructor(
    private readonly dc: DataCenterClient,
    private readonly refreshMs: number,
  ) {}

  /** Reads the list once before the BFF listens (a failure does not stop it: texts wait for the list). */
  async onModuleInit(): Promise<void> {
    await this.sync()
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer)
  }

  /** The rules, or null while none could be read yet. */
  get current(): RuleSet | null {
    return this.rules
  }

  private async sync(): Promise<void> {
    try {
      const { items, updatedAt } = await this.dc.call(dcRoutes.contentRules, { actor: systemActor() })
      const version = `${updatedAt}:${items.length}`
      if (version !== this.seen) {
        this.rules = new RuleSet(items)
        this.seen = version
        this.logger.log({ msg: 'content rules loaded', count: items.length, updatedAt })
      }
    } catch (err) {
      this.logger.warn({
        msg: this.rules ? 'could not refresh content rules; keeping the last list' : 'cannot read content rules yet',
        error: describeError(err),
      })
    }
    this.timer = setTimeout(() => void this.sync(), this.rules ? this.refreshMs : RETRY_MS)
    this.timer.unref()
  }
}
