import { Inject, Injectable } from '@nestjs/common'
import type { DcFile, DcOrphanFiles } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { accountIdOf, assertSystem, type Actor } from '../common/actor.js'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { TransactionRunner } from '../db/transactions.js'
import { FileAccess } from './file-access.js'
import { FilesRepository, type AttachedTo } from './files.repository.js'

/**
 * Uploads and who may read them: the owner, the system, and whoever the rule of the domain a file
 * is attached to lets in (the staff of a request's office, the parties of a conversation). The
 * files domain's façade: other domains attach and list files only through it.
 */
@Injectable()
export class FilesService {
  constructor(
    private readonly repo: FilesRepository,
    private readonly access: FileAccess,
    private readonly tx: TransactionRunner,
    @Inject(DC_CONFIG) private readonly config: DcConfig,
  ) {}

  /** Records an account's upload, within what a real person never reaches: files a day, bytes in all. */
  async register(actor: Actor, file: DcFile): Promise<DcFile> {
    const accountId = accountIdOf(actor)
    if (!accountId) throw new AppError('FORBIDDEN', { key: 'request.signIn' })
    await this.tx.run(async () => {
      await this.repo.lockOwner(accountId)
      const { today, bytes } = await this.repo.usage(accountId, new Date(Date.now() - 86_400_000))
      if (today >= this.config.UPLOADS_PER_DAY)
        throw new AppError('RATE_LIMITED', { key: 'upload.dailyLimit', params: { count: this.config.UPLOADS_PER_DAY } })
      if (bytes + file.size > this.config.UPLOAD_BYTES_PER_ACCOUNT)
        throw new AppError('RATE_LIMITED', { key: 'upload.quotaFull' })
      if (!(await this.repo.insert(accountId, file))) throw new AppError('CONFLICT', { key: 'file.exists' })
    })
    return file
  }

  /** Files attached to nothing past ORPHAN_FILE_MINUTES, claimed for the BFF to delete (system). */
  async claimOrphans(actor: Actor, limit: number): Promise<DcOrphanFiles> {
    assertSystem(actor)
    const olderThan = new Date(Date.now() - this.config.ORPHAN_FILE_MINUTES * 60_000)
    return { items: await this.tx.run(() => this.repo.claimOrphans(olderThan, limit)) }
  }

  async forgetOrphans(actor: Actor, ids: string[]): Promise<{ forgotten: number }> {
    assertSystem(actor)
    return { forgotten: await this.repo.forget(ids) }
  }

  /** Anyone else gets the answer an unknown id gets. */
  async get(actor: Actor, id: string): Promise<DcFile> {
    const found = await this.repo.withAccess(id)
    if (!found) notFound('file')
    if (actor.role === 'system') return found.file
    const accountId = accountIdOf(actor)
    if (accountId && accountId === found.owner) return found.file
    if (await this.access.allows(actor, found)) return found.file
    notFound('file')
  }

  /** Attaches the owner's unattached files to a record; answers how many it attached. */
  attach(ids: string[], ownerAccountId: string, to: AttachedTo): Promise<number> {
    return this.repo.attach(ids, ownerAccountId, to)
  }

  /** Attaches one of the owner's files of these types to a record (again to the same one is fine). */
  attachOne(id: string, ownerAccountId: string, to: AttachedTo, mimes: readonly string[]) {
    return this.repo.attachOne(id, ownerAccountId, to, mimes)
  }

  /** The files of many records of a kind, by the record's id, in upload order. */
  attachedTo(kind: string, ids: string[]): Promise<Map<string, DcFile[]>> {
    return this.repo.attachedTo(kind, ids)
  }
}
