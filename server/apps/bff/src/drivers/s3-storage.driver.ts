import type { Readable } from 'node:stream'
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { BffConfig } from '../config.js'
import type { ByteRange } from '../uploads/byte-range.js'
import type { StorageDriver } from './storage.driver.js'

/** Any S3-compatible object store (COS, OSS, MinIO, AWS) through the AWS SDK. */
export class S3StorageDriver implements StorageDriver {
  private readonly s3: S3Client
  private readonly bucket: string

  constructor(config: BffConfig) {
    this.bucket = config.S3_BUCKET ?? ''
    this.s3 = new S3Client({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: config.S3_ACCESS_KEY_ID ?? '', secretAccessKey: config.S3_SECRET_ACCESS_KEY ?? '' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    })
  }

  async put(key: string, bytes: Buffer, mime: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: mime }))
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const res = await this.s3.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    )
    return res.Body as Readable
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }))
  }
}
