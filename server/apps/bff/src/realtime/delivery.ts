import { Inject, Injectable } from '@nestjs/common'
import type { ServerFrame } from '@pocket/contract'
import { BUS, type Bus } from './bus.js'

/** How a feature reaches people in real time: a frame to every device of some accounts, on any instance. */
@Injectable()
export class Delivery {
  constructor(@Inject(BUS) private readonly bus: Bus) {}

  /** `except`: a device (socket) that has the frame's content already, such as the sender's. */
  toAccounts(accountIds: string[], frame: ServerFrame, except?: string): Promise<void> {
    return this.bus.publish('deliver', { accountIds: [...new Set(accountIds)], except, frame })
  }

  /** A frame for one device (socket) of an account, wherever it is connected. */
  toDevice(accountId: string, device: string, frame: ServerFrame): Promise<void> {
    return this.bus.publish('deliver', { accountIds: [accountId], devices: [device], frame })
  }
}
