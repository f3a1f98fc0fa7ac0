import { Injectable, type OnModuleInit } from '@nestjs/common'
import { RequestKinds } from '../requests/request-kinds.js'
import { LegalAidRepository } from './legal-aid.repository.js'

/** A legal-aid application is a kind of request: it registers how its status is read. */
@Injectable()
export class LegalAidKind implements OnModuleInit {
  constructor(
    private readonly kinds: RequestKinds,
    private readonly repo: LegalAidRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.register('legal_aid', { statuses: (numbers) => this.repo.statuses(numbers) })
  }
}
