import { describeError } from '#common'
import { Logger } from '@nestjs/common'
import { lt, sql } from 'drizzle-orm'
import type { Db } from '../db/database.js'
import type { NonceStore } from './nonce-store.js'
import { requestNonces } from './nonces.schema.js'

/**
 * PostgreSQL: any number of data-center instances share one table, so a request replayed to
 * another instance, or after a restart, is refused too. The primary key makes the claim atomic.
 */
export class DatabaseNonceStore implements NonceStore {
  private readonly logger = new Logger('nonces')
  private lastSweep = 0

  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
  ) {}

  async claim(nonce: string): Promise<boolean> {
    const now = Date.now()
    this.sweep(now)
    const rows = await this.db
      .insert(requestNonces)
      .values({ nonce, expiresAt: new Date(now + this.ttlMs) })
      .onConflictDoNothing()
      .returning({ nonce: requestNonces.nonce })
    return rows.length === 1
  }

  /** Expired nonces are dropped in the background, at most once a minute per instance. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return
    this.lastSweep = now
    this.db
      .delete(requestNonces)
      .where(lt(requestNonces.expiresAt, sql`now()`))
      .then(
        () => undefined,
        (err: unknown) => this.logger.warn({ msg: 'could not prune request nonces', error: describeError(err) }),
      )
  }
}
