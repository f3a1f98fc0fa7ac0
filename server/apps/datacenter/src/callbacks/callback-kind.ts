import { Injectable, type OnModuleInit } from '@nestjs/common'
import { RequestKinds } from '../requests/request-kinds.js'
import { CallbacksRepository } from './callbacks.repository.js'

/** A hotline callback is a kind of request: it registers how its status is read. */
@Injectable()
export class CallbackKind implements OnModuleInit {
  constructor(
    private readonly kinds: RequestKinds,
    private readonly repo: CallbacksRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.register('hotline_callback', { statuses: (numbers) => this.repo.statuses(numbers) })
  }
}
