import { Injectable } from '@nestjs/common'
import type { Callback, CallbackClose, CallbackList, CallbackState, DcCallbackBody } from '@pocket/contract'
import { AppError, maskPhone, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { AuditTrail } from '../audit/audit-trail.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { RequestsService } from '../requests/requests.service.js'
import { SmsChallengesService } from '../sms/sms-challenges.service.js'
import { toCallback } from './callback.mapper.js'
import { CallbacksRepository, type CallbackRow } from './callbacks.repository.js'
import { deskFor } from './hotline-desk.js'

/** Callbacks one resident may ask for in a day: the hotline is a shared line. */
const PER_DAY = 5

const CALLBACK_ACTIONS = ['take', 'close'] as const

/**
 * 12348 hotline callbacks: a resident asks the hotline to call them back (a request of the hotline
 * channel, under a unified number, shown in 我的办件). The task goes to the hotline desk that serves
 * the resident's village — a public legal service center — and only that desk's staff see it, the
 * phone masked until one of them takes the task; the taker calls and closes it. Taking and closing
 * are audited. A phone other than the account's own is confirmed by the code sent to it.
 */
@Injectable()
export class CallbacksService {
  private readonly audit

  constructor(
    private readonly repo: CallbacksRepository,
    private readonly requests: RequestsService,
    private readonly accounts: AccountLookup,
    private readonly staff: StaffInstitution,
    private readonly sms: SmsChallengesService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('callback', CALLBACK_ACTIONS)
  }

  async request(actor: Actor, { codeHash, ...body }: DcCallbackBody): Promise<Callback> {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'callback.residentOnly' })
    const account = (await this.accounts.byId(accountId)) ?? notFound('account')
    if (!account.villageCode) throw new AppError('VILLAGE_NOT_SET', { key: 'callback.villageNotSet' })
    const phone = body.phone ?? account.phone
    if (!phone) throw new AppError('VALIDATION_FAILED', { key: 'callback.phone' }, { field: 'phone' })
    const number = await this.tx.run(async () => {
      if ((await this.repo.askedSince(accountId, new Date(Date.now() - 86_400_000))) >= PER_DAY)
        throw new AppError('RATE_LIMITED', { key: 'callback.dailyLimit' })
      if (phone !== account.phone) {
        if (!codeHash)
          throw new AppError(
            'VALIDATION_FAILED',
            { key: 'callback.verifyPhone' },
            {
              field: 'code',
            },
          )
        await this.sms.confirm(actor, phone, codeHash)
      }
      const desk = deskFor(await this.repo.desks(), account.villageCode!)
      if (!desk) throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'callback.noDesk' })
      const number = await this.requests.open(
        actor,
        {
          kind: 'hotline_callback',
          channel: 'hotline',
          accountId,
          contactPhone: phone,
          // The kind says what it is: the app shows its name in the applicant's language.
          title: '',
          institutionId: desk.id,
        },
        // The timeline's steps are the states (待回拨, 已回拨, 未接通 on screen), as for the other kinds.
        'waiting',
      )
      await this.repo.insert({
        number,
        accountId,
        phone,
        window: body.window,
        topic: body.topic,
        deskId: desk.id,
        state: 'waiting',
      })
      return number
    })
    return this.view(number, accountId)
  }

  async list(actor: Actor, state: CallbackState): Promise<CallbackList> {
    const desk = await this.deskOf(actor)
    const viewer = accountIdOf(actor) ?? ''
    return { items: (await this.repo.ofDesk(desk.id, state)).map((r) => toCallback(r, viewer)) }
  }

  /** A staff member of the task's desk takes it: from now on they see the phone, and they close it. */
  take(actor: Actor, number: string): Promise<Callback> {
    return this.tx.run(async () => {
      const { row, me } = await this.onMyDesk(actor, number)
      if (row.takenBy === me) return this.view(number, me)
      if (row.takenBy) {
        const by = (await this.repo.record(number))?.takerName ?? ''
        throw new AppError('CONFLICT', { key: 'callback.takenBy', params: { name: by } })
      }
      await this.repo.update(number, { takenBy: me, takenAt: new Date() })
      await this.audit.record(actor, 'take', number, {
        before: { takenBy: null },
        after: { takenBy: me, phone: maskPhone(row.phone) },
      })
      return this.view(number, me)
    })
  }

  close(actor: Actor, number: string, { outcome, note }: CallbackClose): Promise<Callback> {
    return this.tx.run(async () => {
      const { row, me } = await this.onMyDesk(actor, number)
      if (row.takenBy !== me) throw new AppError('CONFLICT', { key: 'callback.takeFirst' })
      await this.requests.step(actor, number, outcome, note)
      await this.repo.update(number, { state: outcome, note, closedBy: me, closedAt: new Date() })
      await this.audit.record(actor, 'close', number, { before: { state: row.state }, after: { state: outcome, note } })
      return this.view(number, me)
    })
  }

  /** The acting staff member's institution, as a hotline desk. */
  private async deskOf(actor: Actor): Promise<{ id: string }> {
    if (actor.role !== 'staff') throw new AppError('FORBIDDEN', { key: 'callback.staffOnly' })
    return this.staff.of(actor)
  }

  /** A waiting task of the acting staff member's desk, locked; another desk's is not found. */
  private async onMyDesk(actor: Actor, number: string): Promise<{ row: CallbackRow; me: string }> {
    const desk = await this.deskOf(actor)
    const row = await this.repo.lock(number)
    if (!row || row.deskId !== desk.id) notFound('callback')
    if (row.state !== 'waiting') throw new AppError('CONFLICT', { key: 'callback.handled' })
    return { row, me: accountIdOf(actor) ?? '' }
  }

  private async view(number: string, viewer: string): Promise<Callback> {
    return toCallback((await this.repo.record(number)) ?? notFound('callback'), viewer)
  }
}
