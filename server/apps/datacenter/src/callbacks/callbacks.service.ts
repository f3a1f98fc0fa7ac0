import { Injectable } from '@nestjs/common'
import type { Callback, CallbackBody, CallbackClose, CallbackList, CallbackState } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { RequestsService } from '../requests/requests.service.js'
import { CallbacksRepository, toCallback } from './callbacks.repository.js'

/** Callbacks one resident may ask for in a day: the hotline is a shared line. */
const PER_DAY = 5

const WINDOW = { morning: '上午', afternoon: '下午', evening: '晚上', any: '任意时段' } as const

/**
 * 12348 hotline callbacks: a resident asks the hotline to call them back (a request of the hotline
 * channel, under a unified number, shown in 我的办件); the hotline's staff call and close it.
 */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly repo: CallbacksRepository,
    private readonly requests: RequestsService,
    private readonly tx: TransactionRunner,
  ) {}

  request(actor: Actor, body: CallbackBody): Promise<Callback> {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', '仅居民可以请求回拨')
    return this.tx.run(async () => {
      if ((await this.repo.askedSince(accountId, new Date(Date.now() - 86_400_000))) >= PER_DAY)
        throw new AppError('RATE_LIMITED', '今天的回拨请求已达上限，如有急事请直接拨打12348')
      const number = await this.requests.open(
        actor,
        {
          kind: 'hotline_callback',
          channel: 'hotline',
          accountId,
          contactPhone: body.phone,
          title: `12348热线回拨（${WINDOW[body.window]}）`,
          institutionId: null,
        },
        // The timeline's steps are the states (待回拨, 已回拨, 未接通 on screen), as for the other kinds.
        'waiting',
      )
      return toCallback(await this.repo.insert({ number, accountId, ...body, state: 'waiting' }))
    })
  }

  async list(actor: Actor, state: CallbackState): Promise<CallbackList> {
    assertStaff(actor)
    return { items: (await this.repo.inState(state)).map(toCallback) }
  }

  close(actor: Actor, number: string, { outcome, note }: CallbackClose): Promise<Callback> {
    assertStaff(actor)
    return this.tx.run(async () => {
      const row = await this.repo.lock(number)
      if (!row) notFound('回拨任务')
      if (row.state !== 'waiting') throw new AppError('CONFLICT', '该回拨任务已处理')
      await this.requests.step(actor, number, outcome, note)
      return toCallback(
        await this.repo.update(number, { state: outcome, note, closedBy: accountIdOf(actor), closedAt: new Date() }),
      )
    })
  }
}

function assertStaff(actor: Actor): void {
  if (actor.role !== 'staff') throw new AppError('FORBIDDEN', '仅工作人员可以处理回拨任务')
}
