import { Module } from '@nestjs/common'
import { APP_GUARD } from '@nestjs/core'
import { SIGNATURE_MAX_SKEW_SECONDS } from '@pocket/contract'
import { DB, type Db } from '../db/database.js'
import { DatabaseNonceStore, NONCE_STORE } from './nonce-store.js'
import { SignatureGuard } from './signature.guard.js'

/** Every request must be signed by the BFF; replays are refused. */
@Module({
  providers: [
    {
      provide: NONCE_STORE,
      inject: [DB],
      useFactory: (db: Db) => new DatabaseNonceStore(db, 2 * SIGNATURE_MAX_SKEW_SECONDS * 1000),
    },
    { provide: APP_GUARD, useClass: SignatureGuard },
  ],
})
export class SigningModule {}
