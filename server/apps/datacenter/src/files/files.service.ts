import { Injectable } from '@nestjs/common'
import type { DcFile } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { FileAccess } from './file-access.js'
import { FilesRepository } from './files.repository.js'

/**
 * Who may read which file: its owner, the staff of the office its request went to, the system,
 * and whoever a domain's rule lets in (the parties of the conversation a photo was sent in).
 */
@Injectable()
export class FilesService {
  constructor(
    private readonly repo: FilesRepository,
    private readonly staff: StaffInstitution,
    private readonly access: FileAccess,
  ) {}

  async register(actor: Actor, file: DcFile): Promise<DcFile> {
    const accountId = accountIdOf(actor)
    if (!accountId) throw new AppError('FORBIDDEN', '请先登录')
    if (!(await this.repo.insert(accountId, file))) throw new AppError('CONFLICT', '文件已存在')
    return file
  }

  /** Anyone else gets the answer an unknown id gets. */
  async get(actor: Actor, id: string): Promise<DcFile> {
    const found = await this.repo.withAccess(id)
    if (!found) notFound('文件')
    if (actor.role === 'system') return found.file
    const accountId = accountIdOf(actor)
    if (accountId && accountId === found.owner) return found.file
    if (accountId && found.institutionId && (await this.staff.ofAccount(accountId))?.id === found.institutionId)
      return found.file
    if (await this.access.allows(actor, found)) return found.file
    notFound('文件')
  }
}
