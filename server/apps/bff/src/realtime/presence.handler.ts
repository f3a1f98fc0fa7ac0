import { Inject, Injectable, type OnModuleInit } from '@nestjs/common'
import { refusal } from '#common'
import { PRESENCE_STORE, type PresenceStore } from './presence.store.js'
import { WsHandlers } from './ws-handlers.js'

/** `presence`: which of these accounts have a socket open, on any instance. */
@Injectable()
export class PresenceHandler implements OnModuleInit {
  constructor(
    private readonly handlers: WsHandlers,
    @Inject(PRESENCE_STORE) private readonly presence: PresenceStore,
  ) {}

  onModuleInit(): void {
    this.handlers.on('presence', async ({ accountIds }, { send }) => {
      const online = await this.presence.online(accountIds).catch(() => null)
      if (!online) {
        send({ event: 'error', data: refusal('UPSTREAM_UNAVAILABLE', 'presence.unavailable') })
        return
      }
      send({
        event: 'presence',
        data: { states: accountIds.map((accountId, i) => ({ accountId, online: online[i] })) },
      })
    })
  }
}
