import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { dirname, join, resolve } from 'node:path'
import type { ByteRange } from '../uploads/byte-range.js'
import type { StorageDriver } from './storage.driver.js'

/** Embedded default: files in a folder (`.data/uploads`), written whole then renamed into place. */
export class LocalStorageDriver implements StorageDriver {
  private readonly root: string

  constructor(dir: string) {
    this.root = resolve(dir)
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key)
    await mkdir(dirname(path), { recursive: true })
    const partial = `${path}.partial`
    await writeFile(partial, bytes, { mode: 0o600 })
    await rename(partial, path)
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key)
    await stat(path) // a missing file fails here, before any byte is sent
    return createReadStream(path, range)
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true })
  }

  /** Keys are made by the BFF, but a key never leaves the folder whatever it holds. */
  private pathOf(key: string): string {
    const path = resolve(join(this.root, key))
    if (!path.startsWith(`${this.root}/`)) throw new Error(`storage key outside the upload folder: ${key}`)
    return path
  }
}
