import { Module } from '@nestjs/common'
import { APP_GUARD } from '@nestjs/core'
import { SIGNATURE_MAX_SKEW_SECONDS } from '@pocket/contract'
import { DB, type Db } from '../db/database.js'
import { DB_DRIVER } from '../db/database.module.js'
import { DatabaseNonceStore } from './database-nonce-store.js'
import { MemoryNonceStore, NONCE_STORE, PROCESS_START_SECOND } from './nonce-store.js'
import { SignatureGuard } from './signature.guard.js'

/** Every request must be signed by the BFF; replays are refused. */
@Module({
  providers: [
    {
      provide: NONCE_STORE,
      inject: [DB, DB_DRIVER],
      useFactory: (db: Db, driver: 'pglite' | 'postgres') => {
        const ttlMs = 2 * SIGNATURE_MAX_SKEW_SECONDS * 1000
        return driver === 'postgres'
          ? new DatabaseNonceStore(db, ttlMs)
          : new MemoryNonceStore(ttlMs, PROCESS_START_SECOND)
      },
    },
    { provide: APP_GUARD, useClass: SignatureGuard },
  ],
})
export class SigningModule {}
