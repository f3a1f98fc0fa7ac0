import { Injectable, type OnModuleInit } from '@nestjs/common'
import { RateableKinds } from '../ratings/rateable-kinds.js'
import { RequestKinds } from '../requests/request-kinds.js'
import { ComplaintsRepository } from './complaints.repository.js'

/** A complaint is a kind of request: it registers how its status is read, and that its answer can be rated. */
@Injectable()
export class ComplaintKind implements OnModuleInit {
  constructor(
    private readonly kinds: RequestKinds,
    private readonly rateable: RateableKinds,
    private readonly repo: ComplaintsRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.register('complaint', { statuses: (numbers) => this.repo.statuses(numbers) })
    // Rated once answered (or its review answered); a review awaited holds the rating back.
    this.rateable.register('complaint', async (number) => {
      const row = await this.repo.lock(number)
      return (
        row && {
          accountId: row.accountId,
          finished: row.status === 'answered' || row.status === 'reviewed',
          institutionId: row.institutionId,
        }
      )
    })
  }
}
