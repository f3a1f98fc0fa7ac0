import { Injectable } from '@nestjs/common'
import { dcRoutes, MAX_SEND_BATCH, type DcSendItem, type DcSent, type NoticeOf } from '@pocket/contract'
import { AppError } from '#common'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'

/** Batches under way at once from one instance; what arrives meanwhile waits for the next. */
const IN_FLIGHT = 1

interface Waiting {
  item: DcSendItem
  resolve: (sent: DcSent) => void
  reject: (err: unknown) => void
}

/**
 * Hands chat messages to the data center in batches: a message that finds a free call goes at
 * once, alone (no added wait when it is quiet); messages that arrive while calls are under way go
 * together in the next one. Under load the data center then stores dozens of messages per
 * transaction instead of one, which is what lets two instances carry 1,000 messages a second.
 * Each message still resolves on its own: stored (committed), or refused with its own reason.
 */
@Injectable()
export class SendBatcher {
  private readonly queue: Waiting[] = []
  private inFlight = 0
  private scheduled = false

  constructor(private readonly dc: DataCenterClient) {}

  send(item: DcSendItem): Promise<DcSent> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject })
      // Frames read in the same turn of the event loop go together.
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => {
          this.scheduled = false
          this.pump()
        })
      }
    })
  }

  private pump(): void {
    while (this.inFlight < IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_SEND_BATCH)
      this.inFlight++
      void this.flush(batch).finally(() => {
        this.inFlight--
        this.pump()
      })
    }
  }

  private async flush(batch: Waiting[]): Promise<void> {
    try {
      const { items } = await this.dc.call(dcRoutes.sendMessages, {
        actor: systemActor(),
        body: { items: batch.map((w) => w.item) },
      })
      batch.forEach((w, i) => {
        const outcome = items[i]
        if (!outcome) w.reject(new AppError('INTERNAL', { key: 'message.retryLater' }))
        else if (outcome.ok) w.resolve(outcome.sent)
        else w.reject(new AppError(outcome.code, (outcome.notice as NoticeOf | undefined) ?? outcome.message))
      })
    } catch (err) {
      for (const w of batch) w.reject(err)
    }
  }
}
