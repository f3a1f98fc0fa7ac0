import { Module } from '@nestjs/common'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { IdCipher } from './id-cipher.js'

/** `k2:<hex>,k1:<hex>` → keys by id, the first one current. */
export function idCipherOf(config: Pick<DcConfig, 'ID_CIPHER' | 'ID_CIPHER_KEYS' | 'ID_LOOKUP_KEY'>): IdCipher {
  const pairs = config.ID_CIPHER_KEYS.split(',').map((pair) => pair.split(':') as [string, string])
  return new IdCipher({
    kind: config.ID_CIPHER,
    currentKeyId: pairs[0][0],
    keys: Object.fromEntries(pairs.map(([id, hex]) => [id, Buffer.from(hex, 'hex')])),
    lookupKey: Buffer.from(config.ID_LOOKUP_KEY, 'hex'),
  })
}

/** Personal identifiers at rest: the cipher chosen by configuration. */
@Module({
  providers: [{ provide: IdCipher, inject: [DC_CONFIG], useFactory: idCipherOf }],
  exports: [IdCipher],
})
export class PersonalDataModule {}
