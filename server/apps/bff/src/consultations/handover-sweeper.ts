import { describeError } from '#common'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { PolledService } from '../common/polling.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { ConsultationsService } from './consultations.service.js'

/**
 * Asks the data center, every HANDOVER_SWEEP_MS, to hand conversations past their reply deadline
 * (or of advisers away) to the backup adviser, and delivers the system message each hand-over
 * wrote. Every instance sweeps; the data center hands each conversation over once.
 */
@Injectable()
export class HandoverSweeper extends PolledService {
  private readonly logger = new Logger('handover')

  constructor(
    private readonly dc: DataCenterClient,
    private readonly consultations: ConsultationsService,
    @Inject(BFF_CONFIG) config: BffConfig,
  ) {
    super(config.HANDOVER_SWEEP_MS)
  }

  /** One round; the data center being away only delays it. */
  protected async round(): Promise<number> {
    try {
      const { items } = await this.dc.call(dcRoutes.sweepConsultations, { actor: systemActor() })
      await this.consultations.announce(items)
      return items.length
    } catch (err) {
      this.logger.warn({ msg: 'hand-over sweep failed', error: describeError(err) })
      return 0
    }
  }
}
