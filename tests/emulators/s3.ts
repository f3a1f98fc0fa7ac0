import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'

/** An S3-compatible object store (s3rver) on a loopback port, with one bucket, for the s3 storage driver. */
export class S3Emulator {
  readonly bucket = 'pocket-uploads'
  readonly accessKeyId = 'S3RVER'
  readonly secretAccessKey = 'S3RVER'
  url = ''
  private server?: S3rver
  private readonly dir = mkdtempSync(join(tmpdir(), 'pocket-s3-'))

  async start(): Promise<this> {
    this.server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: this.dir,
      configureBuckets: [{ name: this.bucket, configs: [] }],
    })
    const { port } = (await this.server.run()) as { port: number }
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  /** What the BFF needs to store files here. */
  env(): Record<string, string> {
    return {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: this.url,
      S3_BUCKET: this.bucket,
      S3_ACCESS_KEY_ID: this.accessKeyId,
      S3_SECRET_ACCESS_KEY: this.secretAccessKey,
    }
  }

  /** The object under a key, read over S3's own HTTP API (path style). */
  async object(key: string): Promise<Buffer | null> {
    const res = await fetch(`${this.url}/${this.bucket}/${key}`)
    return res.ok ? Buffer.from(await res.arrayBuffer()) : null
  }

  async stop(): Promise<void> {
    await this.server?.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
