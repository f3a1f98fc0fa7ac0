import { createHmac, timingSafeEqual } from 'node:crypto'
import { Inject, Injectable } from '@nestjs/common'
import type { DcFile, UploadedFile } from '@pocket/contract'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { linkExpiry } from './link-expiry.js'

/**
 * Short-lived links to files, minted only for someone the data center allowed to see them (an
 * <image> or an audio player cannot send a bearer token). They are bearer links: whoever holds the
 * URL can fetch the file until it expires, at most FILE_LINK_TTL_SECONDS after it was made. The
 * app never puts them where others see them (no share, no log of query strings); a forwarded
 * screenshot of a chat shows no URL.
 */
@Injectable()
export class FileLinks {
  constructor(@Inject(BFF_CONFIG) private readonly config: BffConfig) {}

  /** A stored file as a viewer gets it, with its link. */
  view(file: Pick<DcFile, 'id' | 'mime' | 'size' | 'name'>): UploadedFile {
    return { id: file.id, mime: file.mime, size: file.size, name: file.name, url: this.urlOf(file.id) }
  }

  urlOf(id: string, now = Date.now()): string {
    const expires = linkExpiry(now, this.config.FILE_LINK_TTL_SECONDS)
    return `/api/v1/uploads/${id}?expires=${expires}&sig=${this.sign(id, expires)}`
  }

  /** Seconds the link has left, or null when it is forged or spent. */
  check(id: string, expires: number, sig: string, now = Date.now()): number | null {
    const expected = Buffer.from(this.sign(id, expires))
    const given = Buffer.from(sig)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    const left = expires - Math.floor(now / 1000)
    return left > 0 ? left : null
  }

  private sign(id: string, expires: number): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`file-link:${id}:${expires}`).digest('base64url')
  }
}
