import { describeError } from '#common'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { PolledService } from '../common/polling.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { CallsService } from './calls.service.js'

/**
 * Asks the data center, every CALL_SWEEP_MS, to end calls nobody answered in time (missed) and
 * calls a side of which went silent (failed: its phone dropped off, or its BFF instance died), and
 * tells both sides. Every instance sweeps; the data center ends each call once.
 */
@Injectable()
export class CallSweeper extends PolledService {
  private readonly logger = new Logger('calls')

  constructor(
    private readonly dc: DataCenterClient,
    private readonly calls: CallsService,
    @Inject(BFF_CONFIG) config: BffConfig,
  ) {
    super(config.CALL_SWEEP_MS)
  }

  protected async round(): Promise<number> {
    try {
      const { items } = await this.dc.call(dcRoutes.sweepCalls, { actor: systemActor() })
      for (const change of items) await this.calls.announce(change, null)
      return items.length
    } catch (err) {
      this.logger.warn({ msg: 'call sweep failed', error: describeError(err) })
      return 0
    }
  }
}
