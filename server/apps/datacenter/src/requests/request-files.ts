import { Injectable, type OnModuleInit } from '@nestjs/common'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { accountIdOf } from '../common/actor.js'
import { FileAccess } from '../files/file-access.js'
import { RequestsRepository } from './requests.repository.js'

/** The kind of a file attached to a request (an application's evidence); its id is the request's number. */
export const REQUEST_FILE = 'request'

/** A file attached to a request may be read by the staff of the office handling that request. */
@Injectable()
export class RequestFiles implements OnModuleInit {
  constructor(
    private readonly files: FileAccess,
    private readonly staff: StaffInstitution,
    private readonly repo: RequestsRepository,
  ) {}

  onModuleInit(): void {
    this.files.add(async (actor, { attachedTo }) => {
      const accountId = accountIdOf(actor)
      if (attachedTo?.kind !== REQUEST_FILE || !accountId) return false
      const [request, office] = await Promise.all([this.repo.byNumber(attachedTo.id), this.staff.ofAccount(accountId)])
      return !!request?.institutionId && request.institutionId === office?.id
    })
  }
}
