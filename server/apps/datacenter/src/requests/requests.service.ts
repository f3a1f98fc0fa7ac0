import { timingSafeEqual } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { RequestList, RequestProgress } from '@pocket/contract'
import { localDateOf } from '@pocket/contract'
import { AppError } from '#common'
import { assertSelf, assertSystem, type Actor } from '../common/actor.js'
import { formatRequestNumber, isValidRequestNumber } from './request-number.js'
import { RequestsRepository, type NewRequest } from './requests.repository.js'

const NOT_FOUND = '未找到该编号的办件，或手机号后4位不符'

/** The registry of every request: numbering, ownership, progress. */
@Injectable()
export class RequestsService {
  constructor(private readonly repo: RequestsRepository) {}

  /** Numbers and registers a request; call inside the transaction that creates its record. */
  async open(actor: Actor, r: Omit<NewRequest, 'number'>, firstStatus: string): Promise<string> {
    const number = formatRequestNumber(localDateOf(Date.now()), r.channel, await this.repo.nextSequence())
    await this.repo.insert({ ...r, number })
    await this.repo.addEvent(number, firstStatus, actor.id)
    return number
  }

  /** Records a step of a request's progress. */
  async step(actor: Actor, number: string, status: string, note: string | null = null): Promise<void> {
    await this.repo.addEvent(number, status, actor.id, note)
    await this.repo.touch(number, new Date())
  }

  timelines(numbers: string[]) {
    return this.repo.timelines(numbers)
  }

  async ofAccount(actor: Actor, accountId: string): Promise<RequestList> {
    assertSelf(actor, accountId)
    return { items: await this.repo.ofAccount(accountId) }
  }

  /**
   * Progress by number and the last four digits of the contact phone. An unknown number and a
   * wrong pair get the same answer after the same single look-up, so neither is revealed.
   */
  async progress(actor: Actor, number: string, phoneLast4: string): Promise<RequestProgress> {
    assertSystem(actor)
    const row = isValidRequestNumber(number) ? await this.repo.byNumber(number) : null
    const expected = Buffer.from(row ? row.contactPhone.slice(-4) : '____')
    const matches = timingSafeEqual(expected, Buffer.from(phoneLast4.padEnd(4, '_').slice(0, 4)))
    if (!row || !matches) throw new AppError('NOT_FOUND', NOT_FOUND)
    const summary = await this.repo.summary(number)
    if (!summary) throw new AppError('NOT_FOUND', NOT_FOUND)
    return { ...summary, timeline: await this.repo.timeline(number) }
  }
}
