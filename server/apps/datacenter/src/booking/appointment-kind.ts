import { Injectable, type OnModuleInit } from '@nestjs/common'
import { RequestKinds } from '../requests/request-kinds.js'
import { BookingRepository } from './booking.repository.js'

/** An appointment is a kind of request: it registers how its status is read. */
@Injectable()
export class AppointmentKind implements OnModuleInit {
  constructor(
    private readonly kinds: RequestKinds,
    private readonly repo: BookingRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.register('appointment', { statuses: (numbers) => this.repo.statuses(numbers) })
  }
}
