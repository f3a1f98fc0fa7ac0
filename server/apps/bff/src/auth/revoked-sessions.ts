import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common'
import { dcRoutes } from '@pocket/contract'
import { AppError, describeError } from '#common'
import type { DataCenterClient } from '../datacenter/datacenter.client.js'
import { systemActor } from '../datacenter/datacenter.client.js'
import type { Bus } from '../realtime/bus.js'

/** How often the list is read again from the data center, for revocations a missed bus message did not bring. */
export const RESYNC_MS = 30_000
/** How soon a BFF that could not read the list at boot asks again. */
export const RETRY_MS = 2_000

/**
 * Sign-ins that were ended (sign-out, a replayed refresh token) while access tokens issued to
 * them may still be unexpired. The data center is the record: every instance reads the list at
 * boot and again every RESYNC_MS, and hears new ones on the bus at once. Every entry point (the
 * HTTP guard, the WebSocket handshake, by token or ticket) asks `assertLive`, which is answered
 * from memory: no I/O on the hot path. Until the list has been read once, nothing is admitted.
 */
export class RevokedSessions implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('revoked-sessions')
  /** sessionId → until when it must stay refused (epoch ms): one access-token lifetime. */
  private readonly until = new Map<string, number>()
  private loaded = false
  private failures = 0
  private timer?: NodeJS.Timeout

  constructor(
    private readonly bus: Bus,
    private readonly dc: DataCenterClient,
    private readonly accessTtlSeconds: number,
  ) {}

  async onModuleInit(): Promise<void> {
    this.bus.subscribe('session.revoked', ({ sessionId }) => this.remember(sessionId))
    await this.sync()
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer)
  }

  /** Ends a sign-in on every instance: its access tokens stop working, its sockets close. */
  async revoke(sessionId: string): Promise<void> {
    this.remember(sessionId)
    await this.bus.publish('session.revoked', { sessionId })
  }

  /** Throws SESSION_REVOKED for an ended sign-in, UPSTREAM_UNAVAILABLE while the list is unknown. */
  assertLive(sessionId: string): void {
    if (!this.loaded) throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'server.starting' })
    const until = this.until.get(sessionId)
    if (until === undefined) return
    if (until > Date.now()) throw new AppError('SESSION_REVOKED', { key: 'auth.signedOut' })
    this.until.delete(sessionId)
  }

  private remember(sessionId: string): void {
    this.sweep()
    this.until.set(sessionId, Date.now() + this.accessTtlSeconds * 1000)
  }

  /** Revocations are rare; sweeping on each keeps the map at one access-token lifetime's worth. */
  private sweep(): void {
    const now = Date.now()
    for (const [id, until] of this.until) if (until <= now) this.until.delete(id)
  }

  private async sync(): Promise<void> {
    try {
      const { sessionIds } = await this.dc.call(dcRoutes.revokedSessions, {
        actor: systemActor(),
        query: { withinSeconds: this.accessTtlSeconds },
      })
      this.sweep()
      const until = Date.now() + this.accessTtlSeconds * 1000
      for (const id of sessionIds) if (!this.until.has(id)) this.until.set(id, until)
      if (this.failures > 0 && !this.loaded) {
        // Said at warn level: it ends the warnings that sign-ins were being refused.
        this.logger.warn({ msg: 'ended sign-ins loaded; admitting sign-ins again', count: sessionIds.length })
      } else if (!this.loaded) {
        this.logger.log({ msg: 'ended sign-ins loaded', count: sessionIds.length })
      }
      this.loaded = true
    } catch (err) {
      this.failures++
      const msg = this.loaded ? 'could not refresh ended sign-ins' : 'cannot read ended sign-ins yet; refusing sign-ins'
      this.logger.warn({ msg, error: describeError(err) })
    }
    this.timer = setTimeout(() => void this.sync(), this.loaded ? RESYNC_MS : RETRY_MS)
    this.timer.unref()
  }
}
