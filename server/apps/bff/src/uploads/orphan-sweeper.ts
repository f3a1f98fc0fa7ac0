import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { describeError } from '#common'
import { PolledService } from '../common/polling.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { STORAGE_DRIVER, type StorageDriver } from '../drivers/storage.driver.js'

/** Files claimed a round, at most. */
const BATCH = 100

/**
 * Every FILE_SWEEP_MS, deletes the bytes of files attached to nothing for ORPHAN_FILE_MINUTES (a
 * photo picked and never sent, an application never submitted): the data center claims them — from
 * then on they cannot be attached — this instance deletes the objects, then the records go. Every
 * instance sweeps; a claim is taken once, and one left by an instance that died is taken over.
 */
@Injectable()
export class OrphanSweeper extends PolledService {
  private readonly logger = new Logger('uploads')

  constructor(
    private readonly dc: DataCenterClient,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(BFF_CONFIG) config: BffConfig,
  ) {
    super(config.FILE_SWEEP_MS)
  }

  protected async round(): Promise<number> {
    const swept: string[] = []
    try {
      for (;;) {
        const { items } = await this.dc.call(dcRoutes.claimOrphanFiles, {
          actor: systemActor(),
          body: { limit: BATCH },
        })
        const gone: string[] = []
        for (const f of items) {
          try {
            await this.storage.delete(f.storageKey)
            gone.push(f.id)
          } catch (err) {
            this.logger.warn({
              msg: 'could not delete an orphan upload; tried again later',
              key: f.storageKey,
              error: describeError(err),
            })
          }
        }
        if (gone.length > 0) {
          await this.dc.call(dcRoutes.forgetOrphanFiles, { actor: systemActor(), body: { ids: gone } })
          swept.push(...gone)
        }
        if (items.length < BATCH) break
      }
      if (swept.length > 0) this.logger.log({ msg: 'orphan uploads deleted', count: swept.length, ids: swept })
    } catch (err) {
      this.logger.warn({ msg: 'orphan upload sweep failed', error: describeError(err) })
    }
    return swept.length
  }
}
