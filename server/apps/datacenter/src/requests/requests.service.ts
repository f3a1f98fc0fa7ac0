import { createHash, timingSafeEqual } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { NoticeOf, RequestList, RequestProgress, RequestSummary } from '@pocket/contract'
import { formatRequestNumber, isValidRequestNumber, localDateOf } from '@pocket/contract'
import { AppError } from '#common'
import { assertSelf, assertSystem, type Actor } from '../common/actor.js'
import { RequestKinds } from './request-kinds.js'
import { RequestsRepository, type NewRequest, type RequestHead, type RequestRow } from './requests.repository.js'

const NOT_FOUND = { key: 'request.lookupMiss' } as const

/** The registry of every request: numbering, ownership, progress; each kind tells its status. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly repo: RequestsRepository,
    private readonly kinds: RequestKinds,
  ) {}

  /** Numbers and registers a request; call inside the transaction that creates its record. */
  async open(actor: Actor, r: Omit<NewRequest, 'number'>, firstStatus: string): Promise<string> {
    const number = formatRequestNumber(localDateOf(Date.now()), r.channel, await this.repo.nextSequence())
    await this.repo.insert({ ...r, number })
    await this.repo.addEvent(number, firstStatus, actor.id, null)
    return number
  }

  /**
   * Creates a request at most once per Idempotency-Key of an account: a retry with the same body
   * gets the number made the first time, the key with another body is refused. Call inside the
   * transaction that creates the request, so a failed attempt leaves the key free again.
   */
  async once(accountId: string, key: string, body: object, create: () => Promise<string>): Promise<string> {
    const hash = hashOf(body)
    if (!(await this.repo.claimKey(accountId, key, hash))) {
      const used = await this.repo.keyOf(accountId, key)
      if (!used?.number || used.bodyHash !== hash)
        throw new AppError('IDEMPOTENCY_KEY_REUSED', { key: 'request.keyReused' })
      return used.number
    }
    const number = await create()
    await this.repo.settleKey(accountId, key, number)
    return number
  }

  /** Records a step of a request's progress, with what a person wrote or what the data center says of it. */
  async step(actor: Actor, number: string, status: string, note: string | NoticeOf | null = null): Promise<void> {
    await this.repo.addEvent(number, status, actor.id, note)
    await this.repo.touch(number, new Date())
  }

  timelines(numbers: string[]) {
    return this.repo.timelines(numbers)
  }

  /** Who a request belongs to, its kind and title, and the office handling it; null when there is none. */
  byNumber(number: string): Promise<RequestRow | null> {
    return this.repo.byNumber(number)
  }

  async ofAccount(actor: Actor, accountId: string): Promise<RequestList> {
    assertSelf(actor, accountId)
    return { items: await this.withStatus(await this.repo.ofAccount(accountId)) }
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
    const head = await this.repo.head(number)
    if (!head) throw new AppError('NOT_FOUND', NOT_FOUND)
    const [summary] = await this.withStatus([head])
    return { ...summary, timeline: await this.repo.timeline(number) }
  }

  private async withStatus(heads: RequestHead[]): Promise<RequestSummary[]> {
    const statuses = await this.kinds.statusOf(heads)
    return heads.map((h) => ({ ...h, status: statuses.get(h.number) as string }))
  }
}

/** What a request asked for, hashed so a reused key with another body can be told apart. */
function hashOf(body: object): string {
  const canonical = JSON.stringify(
    Object.keys(body)
      .sort()
      .map((k) => [k, body[k as keyof typeof body]]),
  )
  return createHash('sha256').update(canonical).digest('hex')
}
