import { createHash, randomBytes } from 'node:crypto'
import type { Readable } from 'node:stream'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { dcRoutes, localDateOf, type DcFile, type UploadedFile, type UploadMime } from '@pocket/contract'
import { AppError } from '#common'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { STORAGE_DRIVER, type StorageDriver } from '../drivers/storage.driver.js'
import { parseRange, type ByteRange } from './byte-range.js'
import { FileLinks } from './file-links.js'
import { activePdf, sniff } from './sniff.js'

const EXTENSION: Record<UploadMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/wav': 'wav',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
}

// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL_OR_QUOTE = /[\u0000-\u001f\u007f"]/g

/**
 * A name fit to show and to put in a header: no path, no control characters, not too long, and the
 * extension of what the file is (a JPEG sent as `poly.html` is `poly.jpg`), never the one it was given.
 */
function cleanName(given: string | undefined, mime: UploadMime, id: string): string {
  const base = (given ?? '').split(/[\\/]/).pop()?.replace(CONTROL_OR_QUOTE, '').trim() ?? ''
  const stem = base
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(-100)
  return `${stem || id}.${EXTENSION[mime]}`
}

@Injectable()
export class UploadsService {
  private readonly logger = new Logger('uploads')

  constructor(
    private readonly dc: DataCenterClient,
    private readonly links: FileLinks,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  /** Stores the bytes, then records them as the uploader's; a failed record leaves no object behind. */
  async store(user: AuthUser, bytes: Buffer, givenName: string | undefined): Promise<UploadedFile> {
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', { key: 'upload.empty' })
    const mime = sniff(bytes.subarray(0, 16))
    if (!mime) throw new AppError('FILE_TYPE_UNSUPPORTED', { key: 'upload.unsupportedType' })
    if (mime === 'application/pdf' && activePdf(bytes))
      throw new AppError('FILE_TYPE_UNSUPPORTED', { key: 'upload.activePdf' })
    const id = `f_${randomBytes(16).toString('base64url').slice(0, 22)}`
    const file: DcFile = {
      id,
      mime,
      size: bytes.length,
      name: cleanName(givenName, mime, id),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey: `${localDateOf(Date.now()).replaceAll('-', '/')}/${id}`,
    }
    await this.storage.put(file.storageKey, bytes, mime)
    try {
      await this.dc.call(dcRoutes.registerFile, { actor: actorOf(user), body: file })
    } catch (err) {
      await this.storage.delete(file.storageKey).catch((e: unknown) => {
        this.logger.warn({ msg: 'orphan upload left in storage', key: file.storageKey, error: String(e) })
      })
      throw err
    }
    return this.links.view(file)
  }

  /** The file behind a valid link (or the asked range of it), and how long the link has left. */
  async open(
    id: string,
    link: { expires: number; sig: string; range: string | undefined },
    requestId: string,
  ): Promise<{ file: DcFile; body: Readable; range: ByteRange | null; maxAge: number }> {
    const left = this.links.check(id, link.expires, link.sig)
    if (left === null) throw new AppError('FORBIDDEN', { key: 'file.linkExpired' })
    const file = await this.dc.call(dcRoutes.file, { actor: systemActor(requestId), params: { id } })
    const range = parseRange(link.range, file.size)
    if (range === 'unsatisfiable')
      throw new AppError('RANGE_NOT_SATISFIABLE', { key: 'file.rangeBeyond' }, { size: file.size })
    return { file, body: await this.storage.get(file.storageKey, range ?? undefined), range, maxAge: left }
  }

  get maxBytes(): number {
    return this.config.UPLOAD_MAX_BYTES
  }
}
