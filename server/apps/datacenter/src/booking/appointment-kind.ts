import { Injectable, type OnModuleInit } from '@nestjs/common'
import { RateableKinds } from '../ratings/rateable-kinds.js'
import { RequestKinds } from '../requests/request-kinds.js'
import { AppointmentsRepository } from './appointments.repository.js'

/** An appointment is a kind of request: it registers how its status is read, and that it can be rated. */
@Injectable()
export class AppointmentKind implements OnModuleInit {
  constructor(
    private readonly kinds: RequestKinds,
    private readonly rateable: RateableKinds,
    private readonly repo: AppointmentsRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.register('appointment', { statuses: (numbers) => this.repo.statuses(numbers) })
    this.rateable.register('appointment', async (number) => {
      const row = await this.repo.lock(number)
      return row && { accountId: row.accountId, finished: row.status === 'completed', institutionId: row.institutionId }
    })
  }
}
