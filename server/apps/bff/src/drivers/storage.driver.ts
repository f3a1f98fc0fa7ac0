import type { Readable } from 'node:stream'
import type { BffConfig } from '../config.js'
import type { ByteRange } from '../uploads/byte-range.js'
import { LocalStorageDriver } from './local-storage.driver.js'
import { S3StorageDriver } from './s3-storage.driver.js'

export const STORAGE_DRIVER = Symbol('STORAGE_DRIVER')

/** Object storage for uploaded files: keys are ours (`2026/11/27/f_…`), bytes are opaque. */
export interface StorageDriver {
  put(key: string, bytes: Buffer, mime: string): Promise<void>
  /** The bytes (or one range of them) as a stream; throws when the key is missing. */
  get(key: string, range?: ByteRange): Promise<Readable>
  /** Removes an object; a missing one is not an error. */
  delete(key: string): Promise<void>
}

export function createStorageDriver(config: BffConfig): StorageDriver {
  switch (config.STORAGE_DRIVER) {
    case 'local':
      return new LocalStorageDriver(config.UPLOAD_DIR)
    case 's3':
      return new S3StorageDriver(config)
  }
}
